using Commerce.Api.Auth;
using Commerce.Api.Graph;
using Commerce.GraphQL.Server.Authorization;
using Commerce.GraphQL.Server.Paging;
using Commerce.Infrastructure.Webhooks;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;

namespace Commerce.Api.Features.Webhooks.Inbound;

/// <summary>Root field: <c>inboundWebhookEvents</c>, for support staff (the same scope as webhook endpoint management).</summary>
public static class InboundWebhookQueries
{
    // Ids grow with arrival, and the primary key serves the order without a sort.
    private static readonly Ordering<InboundWebhookEvent> NewestFirst = Ordering<InboundWebhookEvent>.By("id", e => e.Id, descending: true);

    public static void AddTo(ObjectGraphType query) =>
        query.Connection<InboundWebhookEventType, InboundWebhookEvent>("inboundWebhookEvents",
                "Webhooks payment providers and marketplaces sent us, with what became of each; newest first unless `order` says otherwise. "
                + "Rows are kept `Webhooks:Inbound:RetentionDays` (30 by default).",
                NewestFirst)
            .Filter<InboundWebhookEventFilterInputType>()
            .Sort<InboundWebhookEventSortInputType>()
            .Resolve((ctx, scope) => scope.Db(ctx).InboundWebhookEvents.AsNoTracking())
            .RequireScopes(Scopes.WriteWebhooks);
}
