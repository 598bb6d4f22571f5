using System.Text.Json;
using System.Text.Json.Serialization;
using Commerce.Api.Features.Common.Live;
using Commerce.Domain.Orders;
using Commerce.GraphQL.Server.Execution;
using Commerce.Infrastructure.Events;

namespace Commerce.Api.Features.Orders;

/// <summary>An order event as a subscription delivers it (one instance per stored event, see <see cref="ParsedEvents{T}"/>, so subscribers share its result): the stored event and the order's facets it recorded.</summary>
public sealed record OrderEvent(OutboxEvent Event, OrderState State) : ISharedSubscriptionEvent
{
    public const string AggregateType = nameof(Order);

    public int OrderId => Event.AggregateId;

    public static OrderEvent From(OutboxEvent outboxEvent) =>
        ParsedEvents<OrderEvent>.Get(outboxEvent, e => new OrderEvent(e, OrderState.Parse(e.Payload)));
}

/// <summary>The order's facets as an event recorded them (the payload <c>Order</c> raises).</summary>
public sealed record OrderState(OrderStatus Status, PaymentStatus PaymentStatus, FulfillmentStatus FulfillmentStatus, int Version)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    public static OrderState Parse(string payload) =>
        JsonSerializer.Deserialize<OrderState>(payload, Json) ?? throw new JsonException("An order event without a payload.");
}
