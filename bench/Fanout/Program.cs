using System.Diagnostics;
using System.Globalization;
using Commerce.Bench.Fanout;

// Fan-out of one order's events to N WebSocket subscribers on one API instance (bench/fanout.sh).
// Latency = arrival of the subscriber's first `next` after the mutation was sent − the moment it was sent, so it
// includes the mutation itself, the commit, the outbox relay and the fan-out.
var options = Options.Parse(args);
using var shop = new Shop(options.Url, options.Key);
await shop.PrepareAsync();

var latencies = new List<double>();
int missed = 0, failed = 0;
double connectSeconds = 0, rssBefore = 0, rssAfter = 0;
for (var round = 0; round < options.Rounds; round++)
{
    var orderId = await shop.PlaceOrderAsync();
    rssBefore = Rss(options.ServerPid);
    var subscribers = Enumerable.Range(0, options.Subscribers).Select(_ => new Subscriber()).ToList();
    var connecting = Stopwatch.StartNew();
    using (var gate = new SemaphoreSlim(64))
    {
        await Task.WhenAll(subscribers.Select(async s =>
        {
            await gate.WaitAsync();
            try
            {
                await s.ConnectAsync(options.Url, options.Key, options.Subscription, orderId, CancellationToken.None);
            }
            finally
            {
                gate.Release();
            }
        }));
    }

    connectSeconds = connecting.Elapsed.TotalSeconds;
    await Task.Delay(TimeSpan.FromSeconds(2));   // let the server register the last subscriptions
    rssAfter = Rss(options.ServerPid);

    foreach (var (name, document) in Shop.LifeOfAnOrder)
    {
        var sent = Stopwatch.GetTimestamp();
        await shop.RunAsync(document, orderId);
        var deadline = Stopwatch.GetTimestamp() + (long)(options.EventTimeout.TotalSeconds * Stopwatch.Frequency);
        while (subscribers.Any(s => s.Failure is null && s.FirstArrivalSince(sent) is null) && Stopwatch.GetTimestamp() < deadline)
        {
            await Task.Delay(10);
        }

        foreach (var s in subscribers)
        {
            if (s.FirstArrivalSince(sent) is { } arrived)
            {
                latencies.Add((arrived - sent) * 1000.0 / Stopwatch.Frequency);
            }
            else
            {
                missed++;
            }
        }

        Console.Error.WriteLine($"[fanout] {name}: {subscribers.Count(s => s.FirstArrivalSince(sent) is not null)}/{subscribers.Count} delivered");
        await Task.Delay(500);   // one mutation can raise several events; let them all arrive before the next
    }

    failed += subscribers.Count(s => s.Failure is not null);
    foreach (var s in subscribers.Where(s => s.Failure is not null).Take(3))
    {
        Console.Error.WriteLine($"[fanout] a subscriber failed: {s.Failure}");
    }

    await Task.WhenAll(subscribers.Select(s => s.DisposeAsync().AsTask()));
}

latencies.Sort();
string Ms(double q) => latencies.Count == 0 ? "n/a" : latencies[Math.Min(latencies.Count - 1, (int)Math.Ceiling(q * latencies.Count) - 1)].ToString("0.0", CultureInfo.InvariantCulture);
var perConnection = options.ServerPid is null ? "n/a" : ((rssAfter - rssBefore) * 1024 / options.Subscribers).ToString("0.0", CultureInfo.InvariantCulture);
// subscribers | connect s | deliveries | missed | failed subscribers | p50 | p99 | max | server RSS before/after MiB | KiB per connection
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"| {options.Subscribers} | {connectSeconds:0.0} | {latencies.Count} | {missed} | {failed} | {Ms(0.50)} | {Ms(0.99)} | {Ms(1.0)} | {rssBefore:0} / {rssAfter:0} | {perConnection} |"));
return missed == 0 && failed == 0 ? 0 : 1;

// Resident set of the server process in MiB (Linux /proc), 0 when no pid was given.
static double Rss(int? pid)
{
    if (pid is null)
    {
        return 0;
    }

    var line = File.ReadLines($"/proc/{pid}/status").First(l => l.StartsWith("VmRSS:", StringComparison.Ordinal));
    return double.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) / 1024;
}
