using Commerce.Api.Auth;
using Commerce.Api.Features.Catalog;
using Commerce.Api.Features.Common.Live;
using Commerce.Api.Features.Common.Loading;
using Commerce.Api.Features.Customers;
using Commerce.Api.Features.Identity;
using Commerce.Api.Features.Inventory;
using Commerce.Api.Features.Orders;
using Commerce.Api.Features.Quotes;
using Commerce.Api.Features.Vendors;
using Commerce.Api.Features.Webhooks.Outbound;
using Commerce.GraphQL.Server.Execution;
using Commerce.GraphQL.Server.Http;
using Commerce.GraphQL.Server.Limits;
using Commerce.GraphQL.Server.Paging;
using Commerce.GraphQL.Server.Subscriptions;
using GraphQL;

namespace Commerce.Api.Graph;

public static class GraphServiceCollectionExtensions
{
    /// <summary>The commerce schema, the server layer's HTTP endpoint, loaders and every feature.</summary>
    public static IServiceCollection AddCommerceGraph(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        services.AddGraphQL(b => b
            .AddSchema<CommerceSchema>()
            .AddSystemTextJson()
            .AddExecutionStrategy<EventScopedSubscriptionStrategy>(GraphQLParser.AST.OperationType.Subscription)
            .AddGraphTypes(typeof(CommerceSchema).Assembly));

        var countSql = SqlCommandCountReporting.IsEnabled(configuration);
        services.AddGraphQLHttp(o =>
        {
            o.MaxRequestBodyBytes = configuration.GetValue("GraphQL:MaxRequestBodyBytes", o.MaxRequestBodyBytes);
            o.ExposeExceptionDetails = configuration.GetValue("GraphQL:ExposeExceptionDetails", environment.IsDevelopment());
            if (countSql)
            {
                o.ConfigureExecution = SqlCommandCountReporting.AddListener;
            }
        });
        // Introspection for everyone in Development and wherever the IDE is served (it needs it); otherwise for admin keys.
        var introspectionForAll = configuration.GetValue("GraphQL:AllowIntrospection",
            environment.IsDevelopment() || configuration.GetValue("GraphQL:Ide:Enabled", true));
        services.AddGraphQLAuthorizationAndLimits(o =>
        {
            o.AllowIntrospection = user => introspectionForAll || user.HasClaim(CommerceClaims.Scope, Scopes.Admin);
            // Plain lists (variants, lines) have no paging arguments, so their size is estimated (10, or the field's
            // WithListSize) and a rich page is estimated high: 50 products with variants, prices and stock per
            // warehouse is requested at ~6,100 though it returns ~1,100. 10,000 per request admits such pages and
            // refuses explosions; each caller's bucket holds 50,000 and restores 2,000 a second. Unused points are
            // refunded after execution, so a caller pays what was returned (README "Cost and limits").
            o.MaxQueryCost = 10_000;
            o.MaximumAvailable = 50_000;
            o.RestoreRate = 2_000;
        });
        services.Configure<GraphQLLimitsOptions>(configuration.GetSection("GraphQL:Limits"));
        services.Configure<GraphQLWebSocketOptions>(configuration.GetSection("GraphQL:WebSockets"));
        services.AddSingleton<IQueryExecutor, EfQueryExecutor>();
        services.AddScoped(typeof(EntityByIdLoader<>));

        services.AddVendorsFeature();
        services.AddCustomersFeature();
        services.AddOrdersFeature();
        services.AddCatalogFeature();
        services.AddInventoryFeature();
        services.AddQuotesFeature();
        services.AddIdentityFeature();
        services.AddOutboundWebhooksFeature(configuration);
        services.AddLiveEventsFeature(configuration);
        return services;
    }
}
