namespace Commerce.Api.Features.Webhooks;

/// <summary>
/// Settings under <c>Webhooks:Retention</c>: how often the retention sweep runs and how many rows it deletes per
/// transaction. How long rows are kept is set per direction (<c>Webhooks:Outbound:RetentionDays</c>,
/// <c>Webhooks:Inbound:RetentionDays</c>).
/// </summary>
public sealed class WebhookRetentionOptions
{
    public const string Section = "Webhooks:Retention";

    /// <summary>Minutes between sweeps (the first runs at start); 0 turns the loop off (tests call <c>SweepAsync</c>).</summary>
    public double SweepMinutes { get; set; } = 60;

    /// <summary>Rows deleted per transaction, so a large backlog never holds SQLite's single write lock for long.</summary>
    public int BatchSize { get; set; } = 500;
}
