using Commerce.Domain.Inventory;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Commerce.Infrastructure.Persistence.Configurations;

public sealed class StockLevelConfiguration : IEntityTypeConfiguration<StockLevel>
{
    public void Configure(EntityTypeBuilder<StockLevel> builder)
    {
        builder.Ignore(s => s.Available);
        builder.HasIndex(s => new { s.VariantId, s.WarehouseId }).IsUnique();

        // Stock rows mean nothing without their variant; a warehouse holding stock cannot be deleted.
        builder.HasOne(s => s.Variant).WithMany(v => v.StockLevels)
            .HasForeignKey(s => s.VariantId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(s => s.Warehouse).WithMany(w => w.StockLevels)
            .HasForeignKey(s => s.WarehouseId).OnDelete(DeleteBehavior.Restrict);
    }
}
