using GraphQL;

namespace Commerce.Api.Rest;

/// <summary>
/// The order and stock handlers (placeOrder, confirmOrder, adjustStock, …) take the resolver context only for the
/// caller, the request's services and cancellation. The shim hands them those three from the HTTP request, so the
/// same code runs — idempotency, row rules and all — without a second implementation of any rule.
/// </summary>
public static class RestHandlerContext
{
    public static IResolveFieldContext For(HttpContext http) => new ResolveFieldContext
    {
        User = http.User,
        RequestServices = http.RequestServices,
        CancellationToken = http.RequestAborted,
        UserContext = new Dictionary<string, object?>(),
    };
}
