using System.Diagnostics;
using System.Globalization;
using Commerce.Bench.Fanout;

// Fan-out of one order's events to N WebSocket subscribers on one API instance (bench/fanout.sh).
// Two latencies per delivery: from the event (its occurredAt, stamped by the server when the change is saved; client
// and server share this machine's clock) to the arrival — the delivery latency proper: commit, outbox relay, bus,
// per-subscriber execution, send — and from the moment the mutation was sent, which adds the mutation's own work.
// The round's first change is a warm-up: delivered and checked, not measured.
var options = Options.Parse(args);
using var shop = new Shop(options.Url, options.Key);
await shop.PrepareAsync();

var latencies = new List<double>();
var sinceEvent = new List<double>();
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

    foreach (var (name, document, measured) in Shop.LifeOfAnOrder.Select(m => (m.Name, m.Document, true)).Prepend((Shop.WarmUp.Name, Shop.WarmUp.Document, false)))
    {
        var sent = Stopwatch.GetTimestamp();
        await shop.RunAsync(document, orderId);
        var deadline = Stopwatch.GetTimestamp() + (long)(options.EventTimeout.TotalSeconds * Stopwatch.Frequency);
        while (subscribers.Any(s => s.Failure is null && s.FirstArrivalSince(sent) is null) && Stopwatch.GetTimestamp() < deadline)
        {
            await Task.Delay(10);
        }

        var ofThisEvent = new List<double>();
        foreach (var s in subscribers)
        {
            if (s.FirstSince(sent) is { } arrival)
            {
                if (measured)
                {
                    latencies.Add((arrival.Arrived - sent) * 1000.0 / Stopwatch.Frequency);
                    sinceEvent.Add(arrival.SinceEventMs);
                    ofThisEvent.Add(arrival.SinceEventMs);
                }
            }
            else
            {
                missed++;
            }
        }

        ofThisEvent.Sort();
        var delivered = subscribers.Count(s => s.FirstArrivalSince(sent) is not null);
        var figures = ofThisEvent.Count > 0
            ? string.Create(CultureInfo.InvariantCulture, $", from the event p50 {Quantile(ofThisEvent, 0.5):0.0} ms, p99 {Quantile(ofThisEvent, 0.99):0.0} ms")
            : "";
        Console.Error.WriteLine($"[fanout] {name}{(measured ? "" : " (warm-up)")}: {delivered}/{subscribers.Count} delivered{figures}");
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
sinceEvent.Sort();
string Ms(List<double> values, double q) => values.Count == 0 ? "n/a" : Quantile(values, q).ToString("0.0", CultureInfo.InvariantCulture);
var perConnection = options.ServerPid is null ? "n/a" : ((rssAfter - rssBefore) * 1024 / options.Subscribers).ToString("0.0", CultureInfo.InvariantCulture);
// subscribers | connect s | deliveries | missed | failed | from the event p50 / p99 / max | from the mutation sent p50 / p99 | RSS | KiB per connection
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"| {options.Subscribers} | {connectSeconds:0.0} | {latencies.Count} | {missed} | {failed} | {Ms(sinceEvent, 0.50)} | {Ms(sinceEvent, 0.99)} | {Ms(sinceEvent, 1.0)} | {Ms(latencies, 0.50)} | {Ms(latencies, 0.99)} | {rssBefore:0} / {rssAfter:0} | {perConnection} |"));
return missed == 0 && failed == 0 ? 0 : 1;

// The q-quantile of sorted values (nearest rank).
static double Quantile(List<double> sorted, double q) => sorted[Math.Min(sorted.Count - 1, Math.Max(0, (int)Math.Ceiling(q * sorted.Count) - 1))];

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
