using GraphQL;
using GraphQL.DataLoader;

namespace Commerce.Api.Auth;

/// <summary>
/// Whether a caller may see one loaded row of <typeparamref name="TEntity"/>. The graph's entry points
/// (<c>node</c>, <c>nodes</c>, root lookups) apply the rule, so a row the caller may not see resolves exactly like a
/// row that does not exist. Rules may load a parent (an order line asks whether its order is the customer's), so
/// they answer through the DataLoader.
/// </summary>
public sealed class RowRule<TEntity>(Func<IResolveFieldContext, Caller, TEntity, IDataLoaderResult<bool>> canSee)
    where TEntity : class
{
    public IDataLoaderResult<bool> CanSee(IResolveFieldContext context, TEntity entity) =>
        canSee(context, context.Caller(), entity);
}
