namespace Commerce.Domain.Webhooks;

/// <summary>
/// When a failed delivery is tried again: the first attempt is immediate, then after 1 min, 5 min, 30 min, 2 h and
/// 6 h (each counted from the failed attempt). Six failures in a row mark the delivery FAILED.
/// </summary>
public static class WebhookRetrySchedule
{
    public static readonly IReadOnlyList<TimeSpan> Delays =
        [TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(5), TimeSpan.FromMinutes(30), TimeSpan.FromHours(2), TimeSpan.FromHours(6)];

    public static int MaxAttempts => Delays.Count + 1;

    /// <summary>The delay after the <paramref name="failedAttempts"/>-th failure of a round; null when the round is over.</summary>
    public static TimeSpan? DelayAfter(int failedAttempts) =>
        failedAttempts >= 1 && failedAttempts <= Delays.Count ? Delays[failedAttempts - 1] : null;
}
