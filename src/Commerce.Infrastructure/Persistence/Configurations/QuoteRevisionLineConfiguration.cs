using Commerce.Domain.Quotes;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Commerce.Infrastructure.Persistence.Configurations;

public sealed class QuoteRevisionLineConfiguration : IEntityTypeConfiguration<QuoteRevisionLine>
{
    public void Configure(EntityTypeBuilder<QuoteRevisionLine> builder)
    {
        builder.HasOne(l => l.Revision).WithMany(r => r.Lines)
            .HasForeignKey(l => l.QuoteRevisionId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(l => l.Variant).WithMany()
            .HasForeignKey(l => l.VariantId).OnDelete(DeleteBehavior.Restrict);
    }
}
