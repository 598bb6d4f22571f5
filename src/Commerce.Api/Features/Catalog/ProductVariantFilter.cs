using System.Linq.Expressions;
using Commerce.Domain.Catalog;
using Commerce.GraphQL.Server.Filtering;
using GraphQL;
using GraphQL.Types;

namespace Commerce.Api.Features.Catalog;

/// <summary>
/// Conditions on one variant, used by product filters as "any variant matches" (price, sku). Not a schema
/// type of its own: it lends the server layer's operators to <see cref="ProductFilterInputType"/>.
/// </summary>
[DoNotRegister]
internal sealed class ProductVariantFilter : FilterInputType<ProductVariant>
{
    public const string Price = "price", Sku = "sku";
    private static readonly ProductVariantFilter Instance = new();

    private ProductVariantFilter()
        : base("ProductVariantFilterInput", "Conditions on a product variant.")
    {
        AllowComparable<LongGraphType, long>(Price, v => v.PriceMinorUnits, "The price in minor units.");
        Allow(Sku, v => v.Sku, "The SKU.");
    }

    /// <summary>Products with at least one variant whose <paramref name="field"/> satisfies <paramref name="operations"/>.</summary>
    public static Expression<Func<Product, bool>> AnyVariant(string field, IDictionary<string, object?> operations)
    {
        var variant = Instance.ToPredicate(new Dictionary<string, object?> { [field] = operations }) ?? (v => true);
        var product = Expression.Parameter(typeof(Product), "p");
        var any = Expression.Call(typeof(Enumerable), nameof(Enumerable.Any), [typeof(ProductVariant)],
            Expression.Property(product, nameof(Product.Variants)), variant);
        return Expression.Lambda<Func<Product, bool>>(any, product);
    }
}
