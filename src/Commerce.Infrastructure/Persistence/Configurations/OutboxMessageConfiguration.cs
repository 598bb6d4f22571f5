using Commerce.Infrastructure.Outbox;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Commerce.Infrastructure.Persistence.Configurations;

public sealed class OutboxMessageConfiguration : IEntityTypeConfiguration<OutboxMessage>
{
    public void Configure(EntityTypeBuilder<OutboxMessage> builder)
    {
        builder.Property(m => m.Type).HasMaxLength(ColumnLengths.ShortText);
        builder.Property(m => m.AggregateType).HasMaxLength(ColumnLengths.ShortText);

        // The relay reads unpublished events in cursor order; subscribers read one aggregate's events.
        builder.HasIndex(m => new { m.PublishedAt, m.Id });
        builder.HasIndex(m => new { m.AggregateType, m.AggregateId, m.Id });
    }
}
