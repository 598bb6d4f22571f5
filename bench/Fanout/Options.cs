namespace Commerce.Bench.Fanout;

/// <summary>Command-line options: <c>--url --key --subscribers [--rounds] [--server-pid] [--subscription FILE] [--event-timeout S] [--pause-before-events S] [--warm-up-orders N] [--warm-up-rounds N]</c> (the pause leaves time to attach a profiler).</summary>
internal sealed record Options(Uri Url, string Key, int Subscribers, int Rounds, int? ServerPid, string Subscription, TimeSpan EventTimeout, TimeSpan PauseBeforeEvents, int WarmUpOrders, int WarmUpRounds)
{
    public static Options Parse(string[] args)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i + 1 < args.Length; i += 2)
        {
            values[args[i].TrimStart('-')] = args[i + 1];
        }

        string Get(string name) => values.TryGetValue(name, out var v) ? v : throw new ArgumentException($"--{name} is required");
        return new Options(
            new Uri(Get("url")),
            Get("key"),
            int.Parse(Get("subscribers"), System.Globalization.CultureInfo.InvariantCulture),
            values.TryGetValue("rounds", out var r) ? int.Parse(r, System.Globalization.CultureInfo.InvariantCulture) : 1,
            values.TryGetValue("server-pid", out var p) ? int.Parse(p, System.Globalization.CultureInfo.InvariantCulture) : null,
            File.ReadAllText(Get("subscription")),
            TimeSpan.FromSeconds(values.TryGetValue("event-timeout", out var t) ? double.Parse(t, System.Globalization.CultureInfo.InvariantCulture) : 30),
            TimeSpan.FromSeconds(values.TryGetValue("pause-before-events", out var w) ? double.Parse(w, System.Globalization.CultureInfo.InvariantCulture) : 0),
            values.TryGetValue("warm-up-orders", out var o) ? int.Parse(o, System.Globalization.CultureInfo.InvariantCulture) : 20,
            values.TryGetValue("warm-up-rounds", out var u) ? int.Parse(u, System.Globalization.CultureInfo.InvariantCulture) : 1);
    }
}
