using GraphQL.Types;

namespace Commerce.Api.Features.Orders;

/// <summary>Input of mutations that only name the order: confirmOrder, markOrderDelivered.</summary>
public record OrderChangeInput
{
    public required string OrderId { get; init; }

    /// <summary>The version the client last saw; a different current version refuses the change.</summary>
    public int? ExpectedVersion { get; init; }
}

/// <summary>GraphQL shape of <see cref="OrderChangeInput"/>, named per mutation.</summary>
public sealed class OrderChangeInputType : InputObjectGraphType<OrderChangeInput>
{
    public OrderChangeInputType()
    {
        Name = "OrderChangeInput";
        Description = "Names the order to change.";
        AddOrderFields(this);
    }

    /// <summary>The orderId and expectedVersion fields every order-changing input has.</summary>
    public static void AddOrderFields<T>(InputObjectGraphType<T> type)
    {
        type.Field<NonNullGraphType<IdGraphType>>("orderId").Description("The order's global id.");
        type.Field<IntGraphType>("expectedVersion").Description("The `order.version` the client last saw. When given and the order has moved on, the mutation is refused with VERSION_CONFLICT instead of overwriting someone else's change.");
    }
}
