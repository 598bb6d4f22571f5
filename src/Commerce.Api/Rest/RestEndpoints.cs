namespace Commerce.Api.Rest;

/// <summary>The legacy REST shim under <c>/api/v1</c> (docs/rest-api.md).</summary>
public static class RestEndpoints
{
    public const string Prefix = "/api/v1";

    /// <summary>Whether a request path belongs to the shim (its errors use the REST envelope).</summary>
    public static bool Owns(PathString path) => path.StartsWithSegments(Prefix, StringComparison.OrdinalIgnoreCase);

    public static IServiceCollection AddCommerceRest(this IServiceCollection services) =>
        services.AddSingleton<RestRateLimit>().AddRestOpenApi();

    /// <summary>Maps every resource behind <see cref="RestAccessFilter"/>, and the OpenAPI document at <c>/api/v1/openapi.json</c> (open to all).</summary>
    public static WebApplication MapCommerceRest(this WebApplication app)
    {
        var api = app.MapGroup(Prefix).AddEndpointFilter<RestAccessFilter>().WithGroupName(RestOpenApi.DocumentName);
        ProductsEndpoints.MapTo(api);
        OrdersEndpoints.MapTo(api);
        CustomersEndpoints.MapTo(api);
        InventoryEndpoints.MapTo(api);
        app.MapOpenApi(Prefix + "/openapi.json");
        return app;
    }
}
