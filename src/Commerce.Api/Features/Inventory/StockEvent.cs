using System.Text.Json;
using Commerce.Api.Features.Common.Live;
using Commerce.GraphQL.Server.Execution;
using Commerce.Infrastructure.Events;

namespace Commerce.Api.Features.Inventory;

/// <summary>A stock event as a subscription delivers it (one instance per stored event, see <see cref="ParsedEvents{T}"/>, so subscribers share its result): the stored event and the levels it recorded.</summary>
public sealed record StockEvent(OutboxEvent Event, StockState State) : ISharedSubscriptionEvent
{
    public const string AggregateType = "ProductVariant";

    public static StockEvent From(OutboxEvent outboxEvent) =>
        ParsedEvents<StockEvent>.Get(outboxEvent, e => new StockEvent(e, StockState.Parse(e.Payload)));
}

/// <summary>One variant's stock in one warehouse right after a movement (the payload stock events carry).</summary>
public sealed record StockState(int VariantId, int WarehouseId, int OnHand, int Reserved, int Available, string Reason, int? OrderId)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static StockState Parse(string payload) =>
        JsonSerializer.Deserialize<StockState>(payload, Json) ?? throw new JsonException("A stock event without a payload.");
}
