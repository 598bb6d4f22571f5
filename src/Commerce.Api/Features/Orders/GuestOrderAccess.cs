using Commerce.Api.Auth;
using Commerce.Api.Features.Common.Mutations;
using GraphQL;
using Microsoft.Extensions.Options;

namespace Commerce.Api.Features.Orders;

/// <summary>
/// A guest's order access token, like Shopify's order status link: a JWT for one order, so a guest who just placed
/// it can read it back and pay for it. Customers and staff have credentials of their own and get none.
/// </summary>
public static class GuestOrderAccess
{
    /// <summary>The token for the order <paramref name="outcome"/> placed, when a guest placed it; otherwise null.</summary>
    public static async Task<(string Token, DateTime ExpiresAt)?> IssueAsync(IResolveFieldContext context, MutationOutcome outcome)
    {
        // A guest who still sends the token of an earlier order is a guest again, not a customer.
        var caller = context.Caller();
        var isGuest = caller.IsAnonymous || caller.Kind == CallerKinds.GuestOrder;
        if (!isGuest || outcome.Errors.Count > 0 || outcome.EntityId is not { } orderId)
        {
            return null;
        }

        var services = context.RequestServices!;
        var lifetime = services.GetRequiredService<IOptions<AuthOptions>>().Value.OrderAccessTokenLifetime;
        return await services.GetRequiredService<AccessTokens>()
            .IssueAsync(CallerPrincipal.ForGuestOrder(orderId), lifetime, context.CancellationToken);
    }
}
