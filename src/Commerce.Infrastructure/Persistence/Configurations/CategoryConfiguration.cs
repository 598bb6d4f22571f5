using Commerce.Domain.Catalog;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Commerce.Infrastructure.Persistence.Configurations;

public sealed class CategoryConfiguration : IEntityTypeConfiguration<Category>
{
    public void Configure(EntityTypeBuilder<Category> builder)
    {
        builder.Property(c => c.Name).HasMaxLength(ColumnLengths.Name);
        builder.Property(c => c.Slug).HasMaxLength(ColumnLengths.Slug);
        builder.HasIndex(c => c.Slug).IsUnique();

        // A category with children cannot be deleted until they are moved.
        builder.HasOne(c => c.Parent).WithMany(c => c.Children)
            .HasForeignKey(c => c.ParentId).OnDelete(DeleteBehavior.Restrict);
    }
}
