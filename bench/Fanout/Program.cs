using System.Diagnostics;
using System.Globalization;
using Commerce.Bench.Fanout;

// Fan-out of one order's events to N WebSocket subscribers on one API instance (bench/fanout.sh).
// Two latencies per delivery: from the event (its occurredAt, stamped by the server when the change is saved; client
// and server share this machine's clock) to the arrival — the delivery latency proper: commit, outbox relay, bus,
// per-subscriber execution, send — and from the moment the mutation was sent, which adds the mutation's own work.
// The round's first change is a warm-up too: delivered and checked, not measured.
var options = Options.Parse(args);
using var shop = new Shop(options.Url, options.Key);
await shop.PrepareAsync();

// A server that has run for a while has compiled its mutation paths; one that has not spends the first measured
// events compiling them (tier-0 JIT, then tier-1 in the background, on the cores the fan-out needs). So the whole
// life of a few orders nobody watches runs first, and the JIT is given time to settle.
for (var i = 0; i < options.WarmUpOrders; i++)
{
    var warmUpOrder = await shop.PlaceOrderAsync();
    foreach (var (_, document) in Shop.LifeOfAnOrder.Prepend(Shop.WarmUp))
    {
        await shop.RunAsync(document, warmUpOrder);
    }
}

Console.Error.WriteLine($"[fanout] write path warmed with {options.WarmUpOrders} orders");

var latencies = new List<double>();
var sinceEvent = new List<double>();
int missed = 0, failed = 0;
double connectSeconds = 0, rssBefore = 0, rssAfter = 0;
// Warm-up rounds run exactly like measured ones and are checked the same way, but their latencies are not kept:
// tiered compilation promotes the per-event path in stages (tier 0, instrumented, optimized) over the first few
// events, and a long-running server has long finished doing so.
for (var round = 0; round < options.WarmUpRounds + options.Rounds; round++)
{
    var measuredRound = round >= options.WarmUpRounds;
    var orderId = await shop.PlaceOrderAsync();
    // Memory per connection is read in the first round: later rounds reuse what the first one grew.
    if (round == 0)
    {
        rssBefore = Rss(options.ServerPid);
    }

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
    if (round == 0)
    {
        rssAfter = Rss(options.ServerPid);
    }

    if (options.PauseBeforeEvents > TimeSpan.Zero)
    {
        Console.Error.WriteLine($"[fanout] {subscribers.Count} subscribed; events in {options.PauseBeforeEvents.TotalSeconds:0} s");
        await Task.Delay(options.PauseBeforeEvents);
    }

    foreach (var (name, document, measured) in Shop.LifeOfAnOrder.Select(m => (m.Name, m.Document, measuredRound)).Prepend((Shop.WarmUp.Name, Shop.WarmUp.Document, false)))
    {
        var alive = subscribers.Count(s => s.Failure is null);
        var before = Subscriber.NextMessages;
        var sent = Stopwatch.GetTimestamp();
        await shop.RunAsync(document, orderId);
        var deadline = Stopwatch.GetTimestamp() + (long)(options.EventTimeout.TotalSeconds * Stopwatch.Frequency);
        // A shared counter while the event fans out (scanning every subscriber would take the server's CPU), then
        // the exact check: one mutation can raise several events, so the count alone does not prove everyone got one.
        while (Subscriber.NextMessages - before < alive && Stopwatch.GetTimestamp() < deadline)
        {
            await Task.Delay(10);
        }

        while (subscribers.Any(s => s.Failure is null && s.FirstArrivalSince(sent) is null) && Stopwatch.GetTimestamp() < deadline)
        {
            await Task.Delay(50);
        }

        var ofThisEvent = new List<double>();
        foreach (var s in subscribers)
        {
            if (s.FirstSince(sent) is { } arrival)
            {
                ofThisEvent.Add(arrival.SinceEventMs);
                if (measured)
                {
                    latencies.Add((arrival.Arrived - sent) * 1000.0 / Stopwatch.Frequency);
                    sinceEvent.Add(arrival.SinceEventMs);
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
        Console.Error.WriteLine($"[fanout] {(measuredRound ? "" : "warm-up round: ")}{name}{(measured || !measuredRound ? "" : " (warm-up)")}: {delivered}/{subscribers.Count} delivered{figures}");
        // One mutation can raise several events; let them all arrive before the next. After the warm-up, also let the
        // background JIT finish promoting the per-event path it has just made hot.
        await Task.Delay(measured || !measuredRound ? TimeSpan.FromMilliseconds(500) : TimeSpan.FromSeconds(2));
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
