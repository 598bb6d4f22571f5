using GraphQL.Types;

namespace Commerce.Api.Features.Orders;

/// <summary>Input of createFulfillment.</summary>
public sealed record CreateFulfillmentInput : OrderChangeInput
{
    /// <summary>Lines and units to ship; null or empty ships everything unshipped.</summary>
    public IReadOnlyList<FulfillmentLineInput>? Lines { get; init; }

    public string? WarehouseId { get; init; }
    public string? Carrier { get; init; }
    public string? TrackingNumber { get; init; }
    public string? IdempotencyKey { get; init; }
}

/// <summary>Units of one order line to ship.</summary>
public sealed record FulfillmentLineInput
{
    public required string OrderLineId { get; init; }
    public int Quantity { get; init; }
}

/// <summary>GraphQL shape of <see cref="CreateFulfillmentInput"/>.</summary>
public sealed class CreateFulfillmentInputType : InputObjectGraphType<CreateFulfillmentInput>
{
    public CreateFulfillmentInputType()
    {
        Name = "CreateFulfillmentInput";
        Description = "A shipment of some or all of a confirmed order's unshipped units.";
        OrderChangeInputType.AddOrderFields(this);
        Field<ListGraphType<NonNullGraphType<FulfillmentLineInputType>>>("lines").Description("Lines and units to ship; omit to ship everything not yet shipped.");
        Field<IdGraphType>("warehouseId").Description("The warehouse shipping; defaults to the one holding the order's reservation. Units must be reserved there.");
        Field<StringGraphType>("carrier").Description("Carrier name, e.g. \"DHL\".");
        Field<StringGraphType>("trackingNumber").Description("The carrier's tracking number.");
        Field<StringGraphType>("idempotencyKey").Description("Client-chosen key: a retry returns the first result and ships nothing twice.");
    }
}

/// <summary>GraphQL shape of <see cref="FulfillmentLineInput"/>.</summary>
public sealed class FulfillmentLineInputType : InputObjectGraphType<FulfillmentLineInput>
{
    public FulfillmentLineInputType()
    {
        Name = "FulfillmentLineInput";
        Description = "Units of one order line to ship.";
        Field<NonNullGraphType<IdGraphType>>("orderLineId").Description("The order line's global id.");
        Field<NonNullGraphType<IntGraphType>>("quantity").Description("Units to ship, at most what is left unshipped.");
    }
}
