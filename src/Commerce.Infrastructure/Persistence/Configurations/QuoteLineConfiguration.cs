using Commerce.Domain.Quotes;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Commerce.Infrastructure.Persistence.Configurations;

public sealed class QuoteLineConfiguration : IEntityTypeConfiguration<QuoteLine>
{
    public void Configure(EntityTypeBuilder<QuoteLine> builder)
    {
        builder.Property(l => l.Requirements).HasMaxLength(ColumnLengths.Note);

        builder.HasOne(l => l.Quote).WithMany(q => q.Lines)
            .HasForeignKey(l => l.QuoteId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(l => l.Variant).WithMany()
            .HasForeignKey(l => l.VariantId).OnDelete(DeleteBehavior.Restrict);
    }
}
