namespace Commerce.Infrastructure.Outbox;

/// <summary>
/// How far one consumer of the outbox has read (the last <see cref="OutboxMessage.Id"/> it handled). Each consumer
/// has its own row, e.g. "webhooks", so consumers never depend on each other or on <see cref="OutboxMessage.PublishedAt"/>.
/// </summary>
public class OutboxCursor
{
    public required string Name { get; set; }

    public long Position { get; set; }
}
