using System.Globalization;
using Commerce.Api.Auth;
using Commerce.Domain.Common;
using Commerce.GraphQL.Server.DataLoader;
using Commerce.GraphQL.Server.Errors;
using Commerce.GraphQL.Server.Relay;
using GraphQL;
using GraphQL.DataLoader;

namespace Commerce.Api.Features.Common.Loading;

public static class EntityNodeServiceCollectionExtensions
{
    /// <summary>
    /// Lets <c>node(id:)</c>/<c>nodes(ids:)</c> refetch <typeparamref name="TEntity"/> through its batching loader,
    /// showing only rows <paramref name="canSee"/> allows. The rule is required here so no node type can be
    /// registered without one; root lookups use the same rule (<see cref="VisibleLoading"/>).
    /// </summary>
    public static IServiceCollection AddEntityNode<TEntity>(
        this IServiceCollection services, string typeName, Func<Caller, TEntity, bool> canSee)
        where TEntity : class, IEntity =>
        services.AddEntityNode<TEntity>(typeName, (_, caller, entity) => DataLoaderResults.FromValue(canSee(caller, entity)));

    /// <summary>As above, for a rule that loads related rows to decide (e.g. an order line asks about its order).</summary>
    public static IServiceCollection AddEntityNode<TEntity>(
        this IServiceCollection services, string typeName, Func<IResolveFieldContext, Caller, TEntity, IDataLoaderResult<bool>> canSee)
        where TEntity : class, IEntity =>
        services
            .AddRowRule(canSee)
            .AddNodeResolver(typeName, (context, key) =>
                int.TryParse(key, NumberStyles.None, CultureInfo.InvariantCulture, out var id)
                    ? context.LoadVisibleById<TEntity>(id).Then(entity => (object?)entity)
                    : throw InvalidGlobalIdException.For(typeName));
}
