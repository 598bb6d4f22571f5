using Commerce.Domain.Fulfillments;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Commerce.Infrastructure.Persistence.Configurations;

public sealed class FulfillmentLineConfiguration : IEntityTypeConfiguration<FulfillmentLine>
{
    public void Configure(EntityTypeBuilder<FulfillmentLine> builder)
    {
        builder.HasOne(l => l.Fulfillment).WithMany(f => f.Lines)
            .HasForeignKey(l => l.FulfillmentId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(l => l.OrderLine).WithMany()
            .HasForeignKey(l => l.OrderLineId).OnDelete(DeleteBehavior.Restrict);
    }
}
