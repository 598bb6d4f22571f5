namespace Commerce.Api.Rest;

/// <summary>Endpoint metadata: the scope a caller needs (or <c>admin</c>), checked by <see cref="RestAccessFilter"/>.</summary>
public sealed record RestScope(string Name);

public static class RestScopeExtensions
{
    /// <summary>Callers without <paramref name="scope"/> (or <c>admin</c>) get 403 FORBIDDEN.</summary>
    public static RouteHandlerBuilder RequireScope(this RouteHandlerBuilder endpoint, string scope) =>
        endpoint.WithMetadata(new RestScope(scope))
            .Produces<RestErrorBody>(StatusCodes.Status403Forbidden);
}
