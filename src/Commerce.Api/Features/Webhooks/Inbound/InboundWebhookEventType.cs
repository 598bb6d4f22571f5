using Commerce.Api.Auth;
using Commerce.Api.Features.Orders;
using Commerce.Domain.Orders;
using Commerce.GraphQL.Server.Authorization;
using Commerce.GraphQL.Server.Relay;
using Commerce.Infrastructure.Webhooks;
using GraphQL.Types;

namespace Commerce.Api.Features.Webhooks.Inbound;

/// <summary>An inbound webhook event as support staff see it: never its raw body (it may carry a sender's personal data).</summary>
public sealed class InboundWebhookEventType : ObjectGraphType<InboundWebhookEvent>
{
    public const string TypeName = "InboundWebhookEvent";

    public InboundWebhookEventType()
    {
        Name = TypeName;
        Description = "A webhook a payment provider or marketplace sent us, and what became of it. One per (source, eventId): "
            + "a redelivery is a duplicate and adds nothing, except after FAILED, when it is processed again on the same event.";
        this.RequireScopes(Scopes.WriteWebhooks);
        this.ImplementsNode(TypeName, e => e.Id);
        Field(e => e.Source).Description("Who sent it: \"payments:<provider>\" or \"marketplaces:<channel>\", e.g. \"payments:stripe\".");
        Field<NonNullGraphType<InboundWebhookSourceKindType>>("sourceKind").Description("Whether a payment provider or a marketplace sent it.")
            .Resolve(ctx => InboundWebhookSource.KindOf(ctx.Source.Source));
        Field<NonNullGraphType<StringGraphType>>("sourceName").Description("The provider's or channel's configured name, e.g. \"stripe\" or \"takealot\".")
            .Resolve(ctx => InboundWebhookSource.NameOf(ctx.Source.Source));
        Field(e => e.EventId).Description("The sender's event id (payments) or external order id (marketplaces).");
        Field(e => e.Type).Description("The event type, e.g. \"payment.succeeded\" or \"order.created\".");
        Field<NonNullGraphType<InboundWebhookStatusType>>("status").Description("What became of it.").Resolve(ctx => ctx.Source.Status);
        Field(e => e.Outcome, nullable: true).Description("What happened, in words, or why nothing did (at most 2,000 characters).");
        Field(e => e.Attempts).Description("Deliveries processed: more than 1 when a FAILED event was delivered again.");
        Field<OrderType>("order")
            .Description("The order the event was about or created; null when the event named none we know. Selecting it needs `read:orders` as well.")
            .Resolve(ctx => ctx.Source.OrderId is { } orderId ? ctx.LoadVisibleById<Order>(orderId) : null);
        Field(e => e.ReceivedAt).Description("When it first arrived (UTC).");
        Field(e => e.OccurredAt, nullable: true).Description("When the sender says it happened (UTC), when it says so.");
        Field(e => e.ProcessedAt, nullable: true).Description("When its outcome was last recorded (UTC).");
    }
}
