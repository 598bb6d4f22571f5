using Commerce.Domain.Webhooks;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Commerce.Infrastructure.Persistence.Configurations;

public sealed class WebhookDeliveryConfiguration : IEntityTypeConfiguration<WebhookDelivery>
{
    public void Configure(EntityTypeBuilder<WebhookDelivery> builder)
    {
        builder.Property(d => d.EventType).HasMaxLength(ColumnLengths.ShortText);
        builder.Ignore(d => d.EventId);
        builder.HasOne<WebhookEndpoint>().WithMany().HasForeignKey(d => d.EndpointId).OnDelete(DeleteBehavior.Cascade);

        // One delivery per event and endpoint, even when two fan-outs race; the worker reads due rows by time.
        builder.HasIndex(d => new { d.EndpointId, d.OutboxMessageId }).IsUnique();
        builder.HasIndex(d => new { d.Status, d.NextAttemptAt });
        // The retention sweep reads delivered and failed rows by the time of their last attempt.
        builder.HasIndex(d => new { d.Status, d.LastAttemptAt });
    }
}
