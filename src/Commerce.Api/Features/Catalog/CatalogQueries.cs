using Commerce.Api.Graph;
using Commerce.Domain.Catalog;
using Commerce.GraphQL.Server.Authorization;
using Commerce.GraphQL.Server.Paging;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;

namespace Commerce.Api.Features.Catalog;

/// <summary>Root fields: <c>products</c>, <c>product(id:|sku:)</c>, <c>productVariant(id:|sku:)</c>, <c>categories</c>.</summary>
public static class CatalogQueries
{
    public static void AddTo(ObjectGraphType query)
    {
        query.AddProductsConnection("products", "Products of the catalog, in every status unless filtered.", (_, products) => products)
            .AllowPublic();

        query.LookupField<ProductType, Product>("product", ProductType.TypeName, "One product.",
            ("sku", "The SKU of any of the product's variants."), sku => p => p.Variants.Any(v => v.Sku == sku))
            .AllowPublic();

        query.LookupField<ProductVariantType, ProductVariant>("productVariant", ProductVariantType.TypeName, "One product variant.",
            ("sku", "The variant's SKU."), sku => v => v.Sku == sku)
            .AllowPublic();

        query.Connection<CategoryType, Category>("categories", "Categories of the catalog, at every depth unless filtered.", Ordering<Category>.By("id", c => c.Id))
            .Filter<CategoryFilterInputType>()
            .Sort<CategorySortInputType>()
            .Resolve((ctx, scope) => scope.Db(ctx).Categories.AsNoTracking())
            .AllowPublic();
    }
}
