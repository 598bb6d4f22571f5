using Commerce.Api.Auth;
using Commerce.Api.Graph;
using Commerce.Domain.Webhooks;
using Commerce.GraphQL.Server.Authorization;
using Commerce.GraphQL.Server.Paging;
using Commerce.GraphQL.Server.Relay;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;

namespace Commerce.Api.Features.Webhooks.Outbound;

/// <summary>A webhook endpoint as its managers see it: never its secret.</summary>
public sealed class WebhookEndpointType : ObjectGraphType<WebhookEndpoint>
{
    public const string TypeName = "WebhookEndpoint";

    public WebhookEndpointType()
    {
        Name = TypeName;
        Description = "A URL that receives signed event notifications (header `X-Commerce-Signature: t=<unix>,v1=<hex HMAC-SHA256 of \"t.body\">`). "
            + "The signing secret is shown once, by `createWebhookEndpoint` or `rotateWebhookSecret`.";
        this.RequireScopes(Scopes.WriteWebhooks);
        this.ImplementsNode(TypeName, e => e.Id);
        Field(e => e.Url).Description("Where events are POSTed (http or https; no redirects are followed).");
        Field(e => e.Description, nullable: true).Description("What the endpoint is for.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("events")
            .Description("The event types it receives: exact (\"order.created\"), a family (\"order.*\") or \"*\" for all.")
            .Resolve(ctx => ctx.Source.Events);
        Field<NonNullGraphType<BooleanGraphType>>("enabled").Description("Whether events are queued and sent to it.").Resolve(ctx => ctx.Source.IsEnabled);
        Field(e => e.DisabledAt, nullable: true).Description("When it was disabled (UTC); null while enabled.");
        Field(e => e.PreviousSecretExpiresAt, nullable: true)
            .Description("Until when deliveries are also signed with the secret before the last rotation (UTC); null when there is none.");
        Field(e => e.CreatedAt).Description("When it was created (UTC); it receives events raised after this.");
        Field(e => e.UpdatedAt).Description("When it was last changed (UTC).");
        this.Connection<WebhookDeliveryType, WebhookDelivery>("deliveries", "The events owed or sent to this endpoint, newest first, each with its attempts.",
                Ordering<WebhookDelivery>.By("id", d => d.Id, descending: true))
            .Filter<WebhookDeliveryFilterInputType>()
            .Resolve((ctx, scope) => scope.Db(ctx).WebhookDeliveries.AsNoTracking().Where(d => d.EndpointId == ((WebhookEndpoint)ctx.Source!).Id));
    }
}
