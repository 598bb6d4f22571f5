using Commerce.Infrastructure.Reporting;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Commerce.Infrastructure.Persistence.Configurations;

public sealed class DailySalesConfiguration : IEntityTypeConfiguration<DailySales>
{
    public void Configure(EntityTypeBuilder<DailySales> builder)
    {
        builder.HasKey(d => new { d.Currency, d.Day });
        builder.Property(d => d.Currency).HasMaxLength(ColumnLengths.Currency);
    }
}
