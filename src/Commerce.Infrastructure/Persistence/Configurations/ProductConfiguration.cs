using Commerce.Domain.Catalog;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Commerce.Infrastructure.Persistence.Configurations;

public sealed class ProductConfiguration : IEntityTypeConfiguration<Product>
{
    public void Configure(EntityTypeBuilder<Product> builder)
    {
        builder.Property(p => p.Name).HasMaxLength(ColumnLengths.Name);
        builder.Property(p => p.Slug).HasMaxLength(ColumnLengths.Slug);
        builder.PrimitiveCollection(p => p.ImageUrls).IsRequired();

        builder.HasIndex(p => p.Slug).IsUnique();
        builder.HasIndex(p => new { p.Status, p.Name });

        // Products are archived, not deleted, while orders and quotes point at them.
        builder.HasOne(p => p.Vendor).WithMany(v => v.Products)
            .HasForeignKey(p => p.VendorId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(p => p.Category).WithMany(c => c.Products)
            .HasForeignKey(p => p.CategoryId).OnDelete(DeleteBehavior.SetNull);
    }
}
