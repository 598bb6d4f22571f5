using Commerce.Infrastructure.Persistence.Conventions;
using Commerce.Infrastructure.Webhooks;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Commerce.Infrastructure.Persistence.Configurations;

public sealed class InboundWebhookEventConfiguration : IEntityTypeConfiguration<InboundWebhookEvent>
{
    public void Configure(EntityTypeBuilder<InboundWebhookEvent> builder)
    {
        builder.Property(e => e.Source).HasMaxLength(ColumnLengths.ShortText);
        builder.Property(e => e.EventId).HasMaxLength(ColumnLengths.Reference);
        builder.Property(e => e.Type).HasMaxLength(ColumnLengths.ShortText);
        // By name, like the domain's enums (decision 0004).
        builder.Property(e => e.Status).HasConversion<string>().HasMaxLength(EnumsAsStrings.MaxLength);
        builder.Property(e => e.Outcome).HasMaxLength(ColumnLengths.Note);

        // A redelivered event collides here, also when two deliveries race (the loser rolls back: a duplicate).
        builder.HasIndex(e => new { e.Source, e.EventId }).IsUnique();
        // Deferred events waiting for their order's payment.
        builder.HasIndex(e => new { e.OrderId, e.Status });
        // The retention sweep and the deferred expiry read by status and age.
        builder.HasIndex(e => new { e.Status, e.ReceivedAt });
    }
}
