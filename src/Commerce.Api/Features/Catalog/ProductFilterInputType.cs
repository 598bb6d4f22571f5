using Commerce.Api.Features.Vendors;
using Commerce.Domain.Catalog;
using Commerce.GraphQL.Server.Filtering;
using GraphQL.Types;

namespace Commerce.Api.Features.Catalog;

/// <summary>The allowlist of product filters; <c>price</c> and <c>sku</c> hold when any variant matches.</summary>
public sealed class ProductFilterInputType : FilterInputType<Product>
{
    public ProductFilterInputType()
        : base("ProductFilterInput", "Conditions on products; all given conditions must hold.")
    {
        AllowId("id", ProductType.TypeName, p => p.Id, "The product's ID.");
        Allow("name", p => p.Name, "The product's name.");
        Allow("slug", p => p.Slug, "The product's handle.");
        AllowEnum<ProductStatusType, ProductStatus>("status", p => p.Status, "The product's status.");
        AllowId("vendor", VendorType.TypeName, p => p.VendorId, "The ID of the vendor selling the product.");
        AllowId("category", CategoryType.TypeName, p => p.CategoryId!.Value, "The ID of the product's category.");
        AllowComparable<DateTimeGraphType, DateTime>("createdAt", p => p.CreatedAt, "When the product was created.");
        AllowCustom<ComparableOperationFilterInputType<LongGraphType>, IDictionary<string, object?>>("price",
            range => ProductVariantFilter.AnyVariant(ProductVariantFilter.Price, range),
            "A variant's price in minor units: holds when any variant's price satisfies all given operators (e.g. `{ gte: 1000, lte: 5000 }`).");
        AllowCustom<StringOperationFilterInputType, IDictionary<string, object?>>("sku",
            sku => ProductVariantFilter.AnyVariant(ProductVariantFilter.Sku, sku),
            "A variant's SKU: holds when any variant's SKU satisfies all given operators.");
        AllowCustom<StringGraphType, string>("search", Search,
            "Free text: the name contains the text, or a variant's SKU starts with it (both ignoring case).");
    }

    private static System.Linq.Expressions.Expression<Func<Product, bool>> Search(string text)
    {
        var lowered = text.ToLowerInvariant();
        return p => p.Name.ToLower().Contains(lowered) || p.Variants.Any(v => v.Sku.ToLower().StartsWith(lowered));
    }
}
