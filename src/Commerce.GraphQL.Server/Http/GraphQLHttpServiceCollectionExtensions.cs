using Commerce.GraphQL.Server.Filtering;
using Commerce.GraphQL.Server.Paging;
using Commerce.GraphQL.Server.Relay;
using Commerce.GraphQL.Server.Subscriptions;
using GraphQL.DI;
using GraphQL.Execution;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Commerce.GraphQL.Server.Http;

public static class GraphQLHttpServiceCollectionExtensions
{
    /// <summary>
    /// Registers the server layer: HTTP and subscription-transport options (<see cref="GraphQLWebSocketOptions"/>, the
    /// default <see cref="IWebSocketAuthenticator"/> — register yours before or after, it replaces it), the masking <see cref="IErrorInfoProvider"/>, the node registry,
    /// the query executor and the layer's generic graph types. Call after <c>services.AddGraphQL(…)</c>.
    /// Add listeners and validation rules with graphql-dotnet's builder (<c>AddDocumentListener</c>, <c>AddValidationRule</c>).
    /// </summary>
    public static IServiceCollection AddGraphQLHttp(this IServiceCollection services, Action<GraphQLHttpOptions>? configure = null)
    {
        services.AddOptions<GraphQLHttpOptions>().Configure(o => configure?.Invoke(o));
        services.AddOptions<PagingOptions>();
        services.AddOptions<GraphQLWebSocketOptions>();
        services.TryAddSingleton<IWebSocketAuthenticator, HttpUserWebSocketAuthenticator>();
        services.Replace(ServiceDescriptor.Singleton<IErrorInfoProvider>(sp => new ErrorInfoProvider(o =>
            o.ExposeExceptionDetails = sp.GetRequiredService<IOptions<GraphQLHttpOptions>>().Value.ExposeExceptionDetails)));
        services.TryAddSingleton<NodeRegistry>();
        services.TryAddSingleton(sp => new ValidatedDocumentCache(sp.GetRequiredService<IOptions<GraphQLHttpOptions>>().Value.DocumentCacheSize));
        services.AddSingleton<IConfigureExecution>(sp => sp.GetRequiredService<ValidatedDocumentCache>());
        services.TryAddSingleton<IQueryExecutor, QueryableExecutor>();
        foreach (var type in new[]
        {
            typeof(NodeInterfaceType), typeof(PageInfoType), typeof(ConnectionType<>), typeof(EdgeType<>), typeof(SortEnumType),
            typeof(StringOperationFilterInputType), typeof(ComparableOperationFilterInputType<>), typeof(EnumOperationFilterInputType<>),
            typeof(BooleanOperationFilterInputType), typeof(IdOperationFilterInputType),
        })
        {
            services.TryAddTransient(type);
        }

        return services;
    }
}
