namespace Commerce.Bench.Fanout;

/// <summary>Command-line options: <c>--url --key --subscribers [--rounds] [--server-pid] [--subscription FILE]</c>.</summary>
internal sealed record Options(Uri Url, string Key, int Subscribers, int Rounds, int? ServerPid, string Subscription, TimeSpan EventTimeout)
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
            TimeSpan.FromSeconds(values.TryGetValue("event-timeout", out var t) ? double.Parse(t, System.Globalization.CultureInfo.InvariantCulture) : 30));
    }
}
