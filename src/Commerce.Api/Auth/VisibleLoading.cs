using Commerce.Api.Graph;
using Commerce.Domain.Common;
using Commerce.GraphQL.Server.DataLoader;
using GraphQL;
using GraphQL.DataLoader;

namespace Commerce.Api.Auth;

/// <summary>Loading at the graph's entry points, filtered by the entity's <see cref="RowRule{TEntity}"/>.</summary>
public static class VisibleLoading
{
    /// <summary>The entity with this id, or null when it does not exist or the caller may not see it.</summary>
    public static IDataLoaderResult<TEntity?> LoadVisibleById<TEntity>(this IResolveFieldContext context, int id)
        where TEntity : class, IEntity =>
        context.LoadById<TEntity>(id).Then(entity => context.OnlyIfVisible(entity));

    /// <summary>
    /// <paramref name="entity"/> when the caller may see it, else null. A type without a registered rule is hidden:
    /// forgetting a rule must not open data (a test checks every node type has one).
    /// </summary>
    public static IDataLoaderResult<TEntity?> OnlyIfVisible<TEntity>(this IResolveFieldContext context, TEntity? entity)
        where TEntity : class
    {
        if (entity is null)
        {
            return DataLoaderResults.FromValue<TEntity?>(null);
        }

        var rule = context.RequestServices!.GetService<RowRule<TEntity>>();
        return rule is null
            ? DataLoaderResults.FromValue<TEntity?>(null)
            : rule.CanSee(context, entity).Then(visible => visible ? entity : null);
    }
}
