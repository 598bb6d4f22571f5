using Commerce.Domain.Pricing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Commerce.Infrastructure.Persistence.Configurations;

public sealed class TaxRateConfiguration : IEntityTypeConfiguration<TaxRate>
{
    public void Configure(EntityTypeBuilder<TaxRate> builder)
    {
        builder.Property(r => r.CountryCode).HasMaxLength(2);
        builder.Property(r => r.Region).HasMaxLength(ColumnLengths.ShortText);
        builder.HasIndex(r => new { r.CountryCode, r.Region }).IsUnique();
    }
}
