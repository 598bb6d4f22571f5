using System.Linq.Expressions;
using Commerce.Domain.Common;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Commerce.Infrastructure.Persistence.Configurations;

/// <summary>
/// Maps an <see cref="Address"/> as a complex type flattened into the owner's table, with columns prefixed by the
/// property name (ShippingAddress_Line1, …). A nullable address is an optional complex property: all its columns
/// are NULL when there is none.
/// </summary>
internal static class AddressMapping
{
    public static void HasAddress<TEntity>(
        this EntityTypeBuilder<TEntity> builder, Expression<Func<TEntity, Address?>> address, bool required)
        where TEntity : class
    {
        var complex = builder.ComplexProperty(address!);
        complex.IsRequired(required);
        complex.Property(a => a.FirstName).HasMaxLength(ColumnLengths.ShortText);
        complex.Property(a => a.LastName).HasMaxLength(ColumnLengths.ShortText);
        complex.Property(a => a.Company).HasMaxLength(ColumnLengths.Name);
        complex.Property(a => a.Line1).HasMaxLength(ColumnLengths.Name);
        complex.Property(a => a.Line2).HasMaxLength(ColumnLengths.Name);
        complex.Property(a => a.City).HasMaxLength(ColumnLengths.ShortText);
        complex.Property(a => a.Region).HasMaxLength(ColumnLengths.ShortText);
        complex.Property(a => a.PostalCode).HasMaxLength(ColumnLengths.Code);
        complex.Property(a => a.CountryCode).HasMaxLength(2);
        complex.Property(a => a.Phone).HasMaxLength(ColumnLengths.Code);
    }
}
