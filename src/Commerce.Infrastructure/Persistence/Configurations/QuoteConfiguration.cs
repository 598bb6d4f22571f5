using Commerce.Domain.Quotes;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Commerce.Infrastructure.Persistence.Configurations;

public sealed class QuoteConfiguration : IEntityTypeConfiguration<Quote>
{
    public void Configure(EntityTypeBuilder<Quote> builder)
    {
        builder.Property(q => q.Number).HasMaxLength(ColumnLengths.Number);
        builder.Property(q => q.Currency).HasMaxLength(ColumnLengths.Currency);
        builder.Property(q => q.BuyerNote).HasMaxLength(ColumnLengths.Note);
        builder.HasAddress(q => q.ShippingAddress, required: false);
        builder.HasAddress(q => q.BillingAddress, required: false);
        builder.HasIndex(q => q.Number).IsUnique();
        builder.Ignore(q => q.DomainEvents);

        builder.HasOne(q => q.Customer).WithMany()
            .HasForeignKey(q => q.CustomerId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(q => q.Vendor).WithMany()
            .HasForeignKey(q => q.VendorId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(q => q.Order).WithMany()
            .HasForeignKey(q => q.OrderId).OnDelete(DeleteBehavior.Restrict);
    }
}
