using Commerce.Api.Features.Catalog;
using Commerce.Api.Features.Vendors;
using Commerce.Domain.Catalog;
using Commerce.GraphQL.Server.Relay;

namespace Commerce.Api.Rest;

/// <summary>A product as <c>/api/v1/products</c> shows it; ids are the graph's global ids.</summary>
public sealed record ProductResource(
    string Id, string Name, string Slug, string? Description, ProductStatus Status, string VendorId, string? CategoryId,
    IReadOnlyList<string> ImageUrls, IReadOnlyList<VariantResource> Variants, DateTime CreatedAt, DateTime UpdatedAt)
{
    public static ProductResource From(Product p) => new(
        GlobalId.Encode(ProductType.TypeName, p.Id), p.Name, p.Slug, p.Description, p.Status,
        GlobalId.Encode(VendorType.TypeName, p.VendorId), p.CategoryId is { } c ? GlobalId.Encode(CategoryType.TypeName, c) : null,
        p.ImageUrls, [.. p.Variants.OrderBy(v => v.Id).Select(VariantResource.From)], p.CreatedAt, p.UpdatedAt);
}

/// <summary>One variant of a product: SKU, name, price and optional compare-at price.</summary>
public sealed record VariantResource(string Id, string Sku, string Name, RestMoney Price, RestMoney? CompareAtPrice, int? WeightGrams)
{
    public static VariantResource From(ProductVariant v) => new(
        GlobalId.Encode(ProductVariantType.TypeName, v.Id), v.Sku, v.Name, RestMoney.From(v.Price),
        v.CompareAtPrice is { } compare ? RestMoney.From(compare) : null, v.WeightGrams);
}
