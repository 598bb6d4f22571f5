using GraphQL;
using GraphQL.DataLoader;

namespace Commerce.Api.Auth;

public static class RowRuleServiceCollectionExtensions
{
    /// <summary>Registers the visibility rule of <typeparamref name="TEntity"/> (usually through <c>AddEntityNode</c>).</summary>
    public static IServiceCollection AddRowRule<TEntity>(
        this IServiceCollection services, Func<IResolveFieldContext, Caller, TEntity, IDataLoaderResult<bool>> canSee)
        where TEntity : class =>
        services.AddSingleton(new RowRule<TEntity>(canSee));
}
