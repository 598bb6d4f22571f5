using Commerce.Infrastructure.Reporting;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Commerce.Infrastructure.Persistence.Configurations;

public sealed class DailyProductSalesConfiguration : IEntityTypeConfiguration<DailyProductSales>
{
    public void Configure(EntityTypeBuilder<DailyProductSales> builder)
    {
        // Day before product: a dashboard reads a range of days and groups by product.
        builder.HasKey(d => new { d.Currency, d.Day, d.ProductId, d.VendorId });
        builder.Property(d => d.Currency).HasMaxLength(ColumnLengths.Currency);
    }
}
