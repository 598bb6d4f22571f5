using Commerce.Domain.Common;
using Commerce.GraphQL.Server.Relay;

namespace Commerce.Api.Features.Common.Loading;

public static class EntityNodeServiceCollectionExtensions
{
    /// <summary>Lets <c>node(id:)</c>/<c>nodes(ids:)</c> refetch <typeparamref name="TEntity"/> through its batching loader.</summary>
    public static IServiceCollection AddEntityNode<TEntity>(this IServiceCollection services, string typeName)
        where TEntity : class, IEntity =>
        services.AddNodeResolver<EntityByIdLoader<TEntity>, TEntity>(typeName, (loader, id) => loader.LoadAsync(id));
}
