using Commerce.Api.Auth;
using Commerce.Api.Graph;
using Commerce.Domain.Catalog;
using Commerce.GraphQL.Server.DataLoader;
using GraphQL;
using GraphQL.DataLoader;

namespace Commerce.Api.Features.Catalog;

/// <summary>
/// The public catalogue is the active products. Drafts and archived products are seen by staff with
/// <c>read:products</c> and by the vendor who owns them.
/// </summary>
public static class ProductVisibility
{
    public static bool CanSee(Caller caller, Product product) =>
        product.Status == ProductStatus.Active || caller.Has(Scopes.ReadProducts)
        || (caller.VendorId is { } vendorId && product.VendorId == vendorId);

    public static IDataLoaderResult<bool> CanSeeVariant(IResolveFieldContext context, Caller caller, ProductVariant variant) =>
        caller.Has(Scopes.ReadProducts)
            ? DataLoaderResults.FromValue(true)
            : context.LoadById<Product>(variant.ProductId).Then(product => product is not null && CanSee(caller, product));

    /// <summary>The same rule as a query filter, for product lists.</summary>
    public static IQueryable<Product> Filter(Caller caller, IQueryable<Product> products)
    {
        if (caller.Has(Scopes.ReadProducts))
        {
            return products;
        }

        var vendorId = caller.VendorId;
        return vendorId is null
            ? products.Where(p => p.Status == ProductStatus.Active)
            : products.Where(p => p.Status == ProductStatus.Active || p.VendorId == vendorId);
    }
}
