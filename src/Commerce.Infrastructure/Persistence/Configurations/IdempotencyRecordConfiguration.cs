using Commerce.Infrastructure.Idempotency;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Commerce.Infrastructure.Persistence.Configurations;

public sealed class IdempotencyRecordConfiguration : IEntityTypeConfiguration<IdempotencyRecord>
{
    public void Configure(EntityTypeBuilder<IdempotencyRecord> builder)
    {
        builder.Property(r => r.Scope).HasMaxLength(ColumnLengths.ShortText);
        builder.Property(r => r.CallerSubject).HasMaxLength(ColumnLengths.ShortText);
        builder.Property(r => r.Key).HasMaxLength(ColumnLengths.Reference);
        builder.Property(r => r.RequestHash).HasMaxLength(64);

        // Concurrent duplicates collide here: one insert wins, the other rolls back and replays (IdempotentExecution).
        builder.HasIndex(r => new { r.Scope, r.CallerSubject, r.Key }).IsUnique();
    }
}
