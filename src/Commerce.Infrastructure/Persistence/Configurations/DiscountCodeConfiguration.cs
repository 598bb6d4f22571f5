using Commerce.Domain.Pricing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Commerce.Infrastructure.Persistence.Configurations;

public sealed class DiscountCodeConfiguration : IEntityTypeConfiguration<DiscountCode>
{
    public void Configure(EntityTypeBuilder<DiscountCode> builder)
    {
        builder.Property(d => d.Code).HasMaxLength(ColumnLengths.Code);
        builder.Property(d => d.Currency).HasMaxLength(ColumnLengths.Currency);
        builder.HasIndex(d => d.Code).IsUnique();
    }
}
