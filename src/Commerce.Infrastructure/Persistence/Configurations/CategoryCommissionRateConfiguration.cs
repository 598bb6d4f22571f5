using Commerce.Domain.Catalog;
using Commerce.Domain.Vendors;
using Commerce.Domain.Vendors.Economics;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Commerce.Infrastructure.Persistence.Configurations;

public sealed class CategoryCommissionRateConfiguration : IEntityTypeConfiguration<CategoryCommissionRate>
{
    public void Configure(EntityTypeBuilder<CategoryCommissionRate> builder)
    {
        // One rate per (category, vendor); the handler also checks, as SQLite lets NULL vendor ids repeat.
        builder.HasIndex(r => new { r.CategoryId, r.VendorId }).IsUnique();
        builder.HasOne<Category>().WithMany().HasForeignKey(r => r.CategoryId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Vendor>().WithMany().HasForeignKey(r => r.VendorId).OnDelete(DeleteBehavior.Cascade);
    }
}
