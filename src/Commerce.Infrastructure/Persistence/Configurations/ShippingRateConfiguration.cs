using Commerce.Domain.Pricing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Commerce.Infrastructure.Persistence.Configurations;

public sealed class ShippingRateConfiguration : IEntityTypeConfiguration<ShippingRate>
{
    public void Configure(EntityTypeBuilder<ShippingRate> builder)
    {
        builder.Property(r => r.Method).HasMaxLength(ColumnLengths.ShortText);
        builder.Property(r => r.CountryCode).HasMaxLength(2);
        builder.Property(r => r.Currency).HasMaxLength(ColumnLengths.Currency);
        builder.Ignore(r => r.Amount);
        builder.HasIndex(r => new { r.Method, r.CountryCode }).IsUnique();
    }
}
