using Commerce.Api.Features.Common;

namespace Commerce.Api.Features.Orders;

/// <summary>What a shopper or the back office sends to place an order. Prices are never part of it.</summary>
public sealed record PlaceOrderInput
{
    public IReadOnlyList<OrderLineInput> Lines { get; init; } = [];

    /// <summary>Staff only: an existing customer's global id.</summary>
    public string? CustomerId { get; init; }

    /// <summary>Guest checkout: the contact email.</summary>
    public string? Email { get; init; }

    public AddressInput? ShippingAddress { get; init; }
    public AddressInput? BillingAddress { get; init; }
    public string? ShippingMethod { get; init; }
    public string? DiscountCode { get; init; }
    public string? Note { get; init; }
    public string? IdempotencyKey { get; init; }
}

/// <summary>One line of <see cref="PlaceOrderInput"/>: a variant and how many.</summary>
public sealed record OrderLineInput
{
    public required string VariantId { get; init; }
    public int Quantity { get; init; }
}
