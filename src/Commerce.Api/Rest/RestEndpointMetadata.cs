namespace Commerce.Api.Rest;

/// <summary>What a list endpoint accepts, for the OpenAPI document (the same <see cref="RestList{T}"/> enforces it).</summary>
public sealed record RestListParameters(IReadOnlyList<(string Name, string Description)> Filters, IReadOnlyList<string> SortKeys, string DefaultSort);

/// <summary>The responses every kind of endpoint may give, declared once so the OpenAPI document lists them.</summary>
public static class RestEndpointMetadata
{
    public static RouteHandlerBuilder AsList<T>(this RouteHandlerBuilder endpoint, RestList<T> list) =>
        endpoint.WithMetadata(new RestListParameters([.. list.Filters], [.. list.SortKeys], list.DefaultSort))
            .Produces(StatusCodes.Status304NotModified)
            .Produces<RestErrorBody>(StatusCodes.Status400BadRequest)
            .Common();

    public static RouteHandlerBuilder AsRead(this RouteHandlerBuilder endpoint) =>
        endpoint.Produces(StatusCodes.Status304NotModified).Produces<RestErrorBody>(StatusCodes.Status404NotFound).Common();

    public static RouteHandlerBuilder AsWrite<TBody>(this RouteHandlerBuilder endpoint)
        where TBody : notnull =>
        endpoint.Accepts<TBody>("application/json").AsWrite();

    public static RouteHandlerBuilder AsWrite(this RouteHandlerBuilder endpoint) =>
        endpoint.Produces<RestErrorBody>(StatusCodes.Status400BadRequest)
            .Produces<RestErrorBody>(StatusCodes.Status404NotFound)
            .Produces<RestErrorBody>(StatusCodes.Status409Conflict)
            .Produces<RestErrorBody>(StatusCodes.Status422UnprocessableEntity)
            .Common();

    private static RouteHandlerBuilder Common(this RouteHandlerBuilder endpoint) =>
        endpoint.Produces<RestErrorBody>(StatusCodes.Status401Unauthorized).Produces<RestErrorBody>(StatusCodes.Status429TooManyRequests);
}
