using Commerce.Domain.Orders;
using Commerce.Infrastructure.Reporting;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Commerce.Infrastructure.Persistence.Configurations;

public sealed class OrderLineConfiguration : IEntityTypeConfiguration<OrderLine>
{
    public void Configure(EntityTypeBuilder<OrderLine> builder)
    {
        // The daily sales rollup follows every change through triggers (docs/decisions/0011).
        builder.ToTable(t => SalesRollupTriggers.Declare(t, SalesRollupTriggers.OrderLines));
        builder.Property(l => l.Sku).HasMaxLength(ColumnLengths.Sku);
        builder.Property(l => l.ProductName).HasMaxLength(ColumnLengths.Name);
        builder.Property(l => l.VariantName).HasMaxLength(ColumnLengths.Name);

        // Dashboards: a period's lines are read through their orders; this covers every line aggregate (docs/dashboards.md).
        builder.HasIndex(l => new { l.OrderId, l.VendorId, l.ProductId, l.Quantity, l.LineTotalMinorUnits })
            .HasDatabaseName("IX_OrderLines_Dashboard");

        builder.HasOne(l => l.Order).WithMany(o => o.Lines)
            .HasForeignKey(l => l.OrderId).OnDelete(DeleteBehavior.Cascade);

        // The snapshot fields are what the order is held to, so catalogue rows may go and the links become null.
        builder.HasOne(l => l.Variant).WithMany()
            .HasForeignKey(l => l.VariantId).OnDelete(DeleteBehavior.SetNull);
        builder.HasOne(l => l.Product).WithMany()
            .HasForeignKey(l => l.ProductId).OnDelete(DeleteBehavior.SetNull);
        builder.HasOne(l => l.Vendor).WithMany()
            .HasForeignKey(l => l.VendorId).OnDelete(DeleteBehavior.SetNull);
    }
}
