using Commerce.GraphQL.Server.DataLoader;
using GraphQL.DataLoader;
using Microsoft.Extensions.DependencyInjection;

namespace Commerce.GraphQL.Server.Relay;

public static class NodeServiceCollectionExtensions
{
    /// <summary>Registers how <c>node(id:)</c> refetches objects of <paramref name="typeName"/>.</summary>
    public static IServiceCollection AddNodeResolver(this IServiceCollection services, string typeName, NodeResolver resolver)
    {
        services.AddSingleton(new NodeRegistration(typeName, resolver));
        return services;
    }

    /// <summary>
    /// Registers an int-keyed node type refetched by a scoped loader, e.g.
    /// <c>services.AddNodeResolver&lt;ProductByIdLoader, Product&gt;("Product", (l, id) =&gt; l.LoadAsync(id))</c>.
    /// A key that is not an int is INVALID_ID.
    /// </summary>
    public static IServiceCollection AddNodeResolver<TLoader, TNode>(
        this IServiceCollection services, string typeName, Func<TLoader, int, IDataLoaderResult<TNode?>> load)
        where TLoader : notnull
        where TNode : class =>
        services.AddNodeResolver<TLoader>(typeName, (loader, id) => load(loader, id).Then(node => (object?)node));

    /// <summary>As the two-type overload, for a resolver that already yields <c>object?</c>.</summary>
    public static IServiceCollection AddNodeResolver<TLoader>(
        this IServiceCollection services, string typeName, Func<TLoader, int, IDataLoaderResult<object?>> load)
        where TLoader : notnull =>
        services.AddNodeResolver(typeName, (ctx, key) =>
            int.TryParse(key, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var id)
                ? load(ctx.RequestServices!.GetRequiredService<TLoader>(), id)
                : throw Errors.InvalidGlobalIdException.For(typeName));
}
