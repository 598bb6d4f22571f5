using Commerce.Domain.Catalog;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Commerce.Infrastructure.Persistence.Configurations;

public sealed class ProductVariantConfiguration : IEntityTypeConfiguration<ProductVariant>
{
    public void Configure(EntityTypeBuilder<ProductVariant> builder)
    {
        builder.Property(v => v.Sku).HasMaxLength(ColumnLengths.Sku);
        builder.Property(v => v.Name).HasMaxLength(ColumnLengths.Name);
        builder.Property(v => v.Currency).HasMaxLength(ColumnLengths.Currency);
        builder.HasIndex(v => v.Sku).IsUnique();

        // Name/value pairs live in one JSON column: always read with the variant, never queried on their own.
        builder.ComplexCollection(v => v.Attributes, attributes => attributes.ToJson());

        // Restrict, not cascade: order lines also point at the product (SetNull), and SQL Server refuses two
        // cascading paths from Products to OrderLines.
        builder.HasOne(v => v.Product).WithMany(p => p.Variants)
            .HasForeignKey(v => v.ProductId).OnDelete(DeleteBehavior.Restrict);
    }
}
