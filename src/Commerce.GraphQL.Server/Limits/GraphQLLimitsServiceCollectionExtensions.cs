using Commerce.GraphQL.Server.Authorization;
using Commerce.GraphQL.Server.Cost;
using Commerce.GraphQL.Server.Paging;
using GraphQL.DI;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Commerce.GraphQL.Server.Limits;

public static class GraphQLLimitsServiceCollectionExtensions
{
    /// <summary>
    /// Enforces scope requirements and introspection access, caps depth, aliases and operations, computes the query
    /// cost and throttles callers by a bucket of cost points. Call after <c>services.AddGraphQL(…)</c>; it works with
    /// <c>AddGraphQLHttp</c> (429 and rate-limit headers) and with any other caller of the executer. Bind numbers with
    /// <c>services.Configure&lt;GraphQLLimitsOptions&gt;(section)</c>; replace <see cref="ICostBucketStore"/> or
    /// <see cref="TimeProvider"/> by registering them first.
    /// </summary>
    public static IServiceCollection AddGraphQLAuthorizationAndLimits(
        this IServiceCollection services, Action<GraphQLLimitsOptions>? limits = null, Action<ScopeAuthorizationOptions>? scopes = null)
    {
        services.AddOptions<GraphQLLimitsOptions>().Configure(o => limits?.Invoke(o)).Validate(o =>
        {
            o.Validate();
            return true;
        });
        services.AddOptions<ScopeAuthorizationOptions>().Configure(o => scopes?.Invoke(o));
        services.AddOptions<PagingOptions>();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<ICostBucketStore, InMemoryCostBucketStore>();
        services.TryAddSingleton(sp => new CostModel(
            sp.GetRequiredService<IOptions<GraphQLLimitsOptions>>().Value,
            sp.GetRequiredService<IOptions<PagingOptions>>().Value.DefaultPageSize,
            PagingArguments.MaxPageSize));
        services.TryAddSingleton<RequestPolicyRule>();
        services.TryAddSingleton(sp => new DocumentLimitsRule(sp.GetRequiredService<IOptions<GraphQLLimitsOptions>>().Value));
        services.AddSingleton<IConfigureExecution, GraphQLLimitsExecution>();
        return services;
    }
}
