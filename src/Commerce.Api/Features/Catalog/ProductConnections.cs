using Commerce.Api.Auth;
using Commerce.Api.Graph;
using Commerce.Domain.Catalog;
using Commerce.GraphQL.Server.Paging;
using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;

namespace Commerce.Api.Features.Catalog;

/// <summary>
/// The one definition of a products connection (filter, sort, default order, cursors), shared by the root
/// <c>products</c>, <c>category.products</c> and <c>vendor.products</c>, so a cursor and a filter mean the same
/// thing everywhere.
/// </summary>
public static class ProductConnections
{
    /// <summary>Adds a products connection to <paramref name="type"/>, narrowed by <paramref name="restrict"/>.</summary>
    public static FieldType AddProductsConnection(
        this IObjectGraphType type, string name, string description, Func<IResolveFieldContext, IQueryable<Product>, IQueryable<Product>> restrict) =>
        type.Connection<ProductType, Product>(name, description, Ordering<Product>.By("id", p => p.Id))
            .Filter<ProductFilterInputType>()
            .Sort<ProductSortInputType>()
            .Resolve((ctx, scope) => restrict(ctx, ProductVisibility.Filter(ctx.Caller(), scope.Db(ctx).Products.AsNoTracking())));

    /// <summary>Adds <c>products</c> to an object type, restricted to the products of its instance.</summary>
    public static FieldType AddProductsConnection<TSource>(
        this ObjectGraphType<TSource> type, string description, Func<TSource, IQueryable<Product>, IQueryable<Product>> restrict) =>
        type.AddProductsConnection("products", description, (ctx, products) => restrict((TSource)ctx.Source!, products));
}
