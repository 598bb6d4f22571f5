using Commerce.Domain.Quotes;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Commerce.Infrastructure.Persistence.Configurations;

public sealed class QuoteRevisionConfiguration : IEntityTypeConfiguration<QuoteRevision>
{
    public void Configure(EntityTypeBuilder<QuoteRevision> builder)
    {
        builder.Property(r => r.AuthorName).HasMaxLength(ColumnLengths.Name);
        builder.Property(r => r.AuthorSubject).HasMaxLength(ColumnLengths.ShortText);
        builder.Property(r => r.PaymentTerms).HasMaxLength(ColumnLengths.ShortText);
        builder.Property(r => r.Note).HasMaxLength(ColumnLengths.Note);
        builder.Property(r => r.Currency).HasMaxLength(ColumnLengths.Currency);

        // Revisions are numbered 1, 2, … within a quote; two writers racing for the same number must not both win.
        builder.HasIndex(r => new { r.QuoteId, r.Number }).IsUnique();

        builder.HasOne(r => r.Quote).WithMany(q => q.Revisions)
            .HasForeignKey(r => r.QuoteId).OnDelete(DeleteBehavior.Cascade);
    }
}
