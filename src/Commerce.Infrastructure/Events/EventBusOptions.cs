using Microsoft.Extensions.Configuration;

namespace Commerce.Infrastructure.Events;

/// <summary>
/// The event path's settings: <c>Redis:Configuration</c> (a StackExchange.Redis configuration string; unset = the
/// in-process bus) and <c>Events:*</c> for the relay.
/// </summary>
public sealed class EventBusOptions
{
    public string? RedisConfiguration { get; init; }

    public string RedisChannel { get; init; } = "commerce:events";

    public int RedisReconnectMilliseconds { get; init; } = 500;

    /// <summary>How often the relay looks for unpublished rows when nothing woke it (a local commit wakes it at once).</summary>
    public TimeSpan PollInterval { get; init; } = TimeSpan.FromMilliseconds(250);

    /// <summary>Rows the relay publishes per batch.</summary>
    public int BatchSize { get; init; } = 200;

    /// <summary>Longest wait between retries while the bus refuses events.</summary>
    public TimeSpan MaxBackoff { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>False turns the relay off on this instance (another publishes); subscriptions still work.</summary>
    public bool RelayEnabled { get; init; } = true;

    public static EventBusOptions FromConfiguration(IConfiguration configuration) => new()
    {
        RedisConfiguration = configuration["Redis:Configuration"] is { Length: > 0 } redis ? redis : null,
        RedisChannel = configuration["Redis:EventChannel"] ?? "commerce:events",
        PollInterval = TimeSpan.FromMilliseconds(Number(configuration, "Events:RelayPollMilliseconds", 250)),
        BatchSize = Number(configuration, "Events:RelayBatchSize", 200),
        MaxBackoff = TimeSpan.FromMilliseconds(Number(configuration, "Events:RelayMaxBackoffMilliseconds", 5_000)),
        RelayEnabled = !string.Equals(configuration["Events:RelayEnabled"], "false", StringComparison.OrdinalIgnoreCase),
    };

    private static int Number(IConfiguration configuration, string key, int fallback) =>
        int.TryParse(configuration[key], System.Globalization.CultureInfo.InvariantCulture, out var value) && value > 0 ? value : fallback;
}
