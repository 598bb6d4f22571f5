namespace Commerce.Api.Features.Common.Live;

/// <summary>
/// Bounds of a live subscription (<c>Events:*</c>): how far back <c>after:</c> replays, and how many events may wait
/// for a slow subscriber before it is cut off.
/// </summary>
public sealed class LiveEventOptions
{
    /// <summary>Stored events one replay or catch-up reads at most (<c>Events:MaxReplay</c>).</summary>
    public int MaxReplay { get; set; } = 1_000;

    /// <summary>How old the first missed event may be (<c>Events:MaxReplayHours</c>).</summary>
    public TimeSpan MaxReplayAge { get; set; } = TimeSpan.FromHours(24);

    /// <summary>Events waiting for one subscriber before it is completed with SUBSCRIBER_OVERFLOW (<c>Events:SubscriberBuffer</c>).</summary>
    public int BufferCapacity { get; set; } = 1_000;

    public static LiveEventOptions FromConfiguration(IConfiguration configuration)
    {
        var options = new LiveEventOptions();
        options.MaxReplay = configuration.GetValue("Events:MaxReplay", options.MaxReplay);
        options.MaxReplayAge = TimeSpan.FromHours(configuration.GetValue("Events:MaxReplayHours", options.MaxReplayAge.TotalHours));
        options.BufferCapacity = configuration.GetValue("Events:SubscriberBuffer", options.BufferCapacity);
        return options;
    }
}
