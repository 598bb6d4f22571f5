using Commerce.Domain.Fulfillments;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Commerce.Infrastructure.Persistence.Configurations;

public sealed class FulfillmentConfiguration : IEntityTypeConfiguration<Fulfillment>
{
    public void Configure(EntityTypeBuilder<Fulfillment> builder)
    {
        builder.Property(f => f.Carrier).HasMaxLength(ColumnLengths.ShortText);
        builder.Property(f => f.TrackingNumber).HasMaxLength(ColumnLengths.Reference);

        builder.HasOne(f => f.Order).WithMany(o => o.Fulfillments)
            .HasForeignKey(f => f.OrderId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(f => f.Warehouse).WithMany()
            .HasForeignKey(f => f.WarehouseId).OnDelete(DeleteBehavior.Restrict);
    }
}
