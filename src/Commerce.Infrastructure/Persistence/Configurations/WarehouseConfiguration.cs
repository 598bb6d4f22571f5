using Commerce.Domain.Inventory;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Commerce.Infrastructure.Persistence.Configurations;

public sealed class WarehouseConfiguration : IEntityTypeConfiguration<Warehouse>
{
    public void Configure(EntityTypeBuilder<Warehouse> builder)
    {
        builder.Property(w => w.Code).HasMaxLength(ColumnLengths.Code);
        builder.Property(w => w.Name).HasMaxLength(ColumnLengths.Name);
        builder.HasIndex(w => w.Code).IsUnique();
        builder.HasAddress(w => w.Address, required: true);
    }
}
