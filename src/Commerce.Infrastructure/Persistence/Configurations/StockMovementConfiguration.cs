using Commerce.Domain.Inventory;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Commerce.Infrastructure.Persistence.Configurations;

public sealed class StockMovementConfiguration : IEntityTypeConfiguration<StockMovement>
{
    public void Configure(EntityTypeBuilder<StockMovement> builder)
    {
        builder.Property(m => m.Actor).HasMaxLength(ColumnLengths.ShortText);
        builder.Property(m => m.Note).HasMaxLength(ColumnLengths.Note);

        // A variant's history, and an order's outstanding reservations (summed per variant and warehouse).
        builder.HasIndex(m => new { m.VariantId, m.CreatedAt });
        builder.HasIndex(m => m.OrderId);

        // The ledger is history: neither the stock's variant and warehouse nor the order can be deleted under it.
        builder.HasOne<Domain.Catalog.ProductVariant>().WithMany().HasForeignKey(m => m.VariantId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Warehouse>().WithMany().HasForeignKey(m => m.WarehouseId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Domain.Orders.Order>().WithMany().HasForeignKey(m => m.OrderId).OnDelete(DeleteBehavior.Restrict);
    }
}
