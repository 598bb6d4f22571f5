using Commerce.Api.Features.Catalog;
using Commerce.Api.Features.Common.Loading;
using Commerce.Api.Features.Customers;
using Commerce.Api.Features.Identity;
using Commerce.Api.Features.Inventory;
using Commerce.Api.Features.Orders;
using Commerce.Api.Features.Quotes;
using Commerce.Api.Features.Vendors;
using Commerce.GraphQL.Server.Http;
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
