namespace Commerce.Api.Hosting;

/// <summary>The liveness endpoint the container HEALTHCHECK and load balancers probe.</summary>
public static class HealthEndpoints
{
    public const string Path = "/health";

    public static IServiceCollection AddCommerceHealthChecks(this IServiceCollection services)
    {
        // Liveness only for now; a DbContext check belongs here once the infrastructure registers its context.
        services.AddHealthChecks();
        return services;
    }

    public static IEndpointConventionBuilder MapCommerceHealth(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapHealthChecks(Path);
}
