using Commerce.Api.Auth;
using Commerce.Api.Graph;
using Commerce.Domain.Webhooks;
using Commerce.GraphQL.Server.Authorization;
using Commerce.GraphQL.Server.Paging;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;

namespace Commerce.Api.Features.Webhooks.Outbound;

/// <summary>Root field: <c>webhookEndpoints</c>.</summary>
public static class WebhookQueries
{
    public static void AddTo(ObjectGraphType query) =>
        query.Connection<WebhookEndpointType, WebhookEndpoint>("webhookEndpoints", "The webhook endpoints, disabled ones included, oldest first.",
                Ordering<WebhookEndpoint>.By("id", e => e.Id))
            .Resolve((ctx, scope) => scope.Db(ctx).WebhookEndpoints.AsNoTracking())
            .RequireScopes(Scopes.WriteWebhooks);
}
