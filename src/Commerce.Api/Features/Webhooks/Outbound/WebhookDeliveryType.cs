using Commerce.Api.Auth;
using Commerce.Api.Graph;
using Commerce.Domain.Webhooks;
using Commerce.GraphQL.Server.Authorization;
using Commerce.GraphQL.Server.Relay;
using GraphQL.Types;

namespace Commerce.Api.Features.Webhooks.Outbound;

/// <summary>One event owed to one endpoint, with its attempt log.</summary>
public sealed class WebhookDeliveryType : ObjectGraphType<WebhookDelivery>
{
    public const string TypeName = "WebhookDelivery";

    public WebhookDeliveryType()
    {
        Name = TypeName;
        Description = "One event sent to one endpoint: tried at once, then after 1 min, 5 min, 30 min, 2 h and 6 h until a 2xx answer; "
            + "after six failures it is FAILED. `redeliverWebhookEvent` sends it again.";
        this.RequireScopes(Scopes.WriteWebhooks);
        this.ImplementsNode(TypeName, d => d.Id);
        Field(d => d.EventId).Description("The event's stable id (\"evt_…\"), also in the body and the `X-Commerce-Event-Id` header; the same on every retry.");
        Field(d => d.EventType).Description("The event type, e.g. \"order.created\".");
        Field<NonNullGraphType<WebhookDeliveryStatusType>>("status").Description("Where the delivery stands.").Resolve(ctx => ctx.Source.Status);
        Field(d => d.Payload).Description("The JSON body sent (and signed): `{ id, type, createdAt, data }`.");
        Field(d => d.AttemptCount).Description("Attempts made so far, redeliveries included.");
        Field(d => d.NextAttemptAt, nullable: true).Description("When it is tried next (UTC); null once delivered or failed.");
        Field(d => d.DeliveredAt, nullable: true).Description("When a 2xx answer came (UTC).");
        Field(d => d.CreatedAt).Description("When the event was queued for the endpoint (UTC).");
        Field<NonNullGraphType<WebhookEndpointType>>("endpoint").Description("The endpoint it is for.")
            .Resolve(ctx => ctx.LoadById<WebhookEndpoint>(ctx.Source.EndpointId));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<WebhookAttemptType>>>>("attempts")
            .Description("Every attempt, oldest first.")
            .Resolve(ctx => ctx.Loader<WebhookAttemptsByDeliveryIdLoader>().LoadAsync(ctx.Source.Id));
    }
}

/// <summary>Exposes <see cref="WebhookDeliveryStatus"/>.</summary>
public sealed class WebhookDeliveryStatusType : EnumerationGraphType<WebhookDeliveryStatus>
{
    public WebhookDeliveryStatusType()
    {
        Name = "WebhookDeliveryStatus";
        Description = "Where a delivery stands: waiting for its next attempt (PENDING), answered with a 2xx (DELIVERED), or given up after six failures (FAILED).";
    }
}
