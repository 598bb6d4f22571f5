using Commerce.Api.Auth;
using Commerce.Api.Features.Catalog;
using Commerce.Api.Features.Common.Loading;
using Commerce.Api.Features.Customers;
using Commerce.Api.Features.Identity;
using Commerce.Api.Features.Inventory;
using Commerce.Api.Features.Orders;
using Commerce.Api.Features.Quotes;
using Commerce.Api.Features.Vendors;
using Commerce.GraphQL.Server.Http;
using Commerce.GraphQL.Server.Limits;
using Commerce.GraphQL.Server.Paging;
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
            // Interim: no commerce list carries WithListSize yet, so costs are over-estimated (a catalogue page
            // "costs" ~11,000). Tighten to the server defaults (1,000 / 2,000 / 100) once the graph is annotated.
            o.MaxQueryCost = 25_000;
            o.MaximumAvailable = 1_000_000;
            o.RestoreRate = 50_000;
        });
        services.Configure<GraphQLLimitsOptions>(configuration.GetSection("GraphQL:Limits"));
        services.AddSingleton<IQueryExecutor, EfQueryExecutor>();
        services.AddScoped(typeof(EntityByIdLoader<>));

        services.AddVendorsFeature();
        services.AddCustomersFeature();
        services.AddOrdersFeature();
        services.AddCatalogFeature();
        services.AddInventoryFeature();
        services.AddQuotesFeature();
        services.AddIdentityFeature();
        return services;
    }
}
