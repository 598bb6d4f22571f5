using Commerce.Api.Features.Catalog;
using Commerce.Api.Features.Customers;
using Commerce.Api.Features.Inventory;
using Commerce.Api.Features.Orders;
using Commerce.Domain.Common;
using Commerce.Domain.Fulfillments;
using Commerce.Domain.Orders;
using Commerce.GraphQL.Server.Relay;

namespace Commerce.Api.Rest;

/// <summary>An order as <c>/api/v1/orders</c> shows it: status facets, money, lines with their price snapshots, addresses.</summary>
public sealed record OrderResource(
    string Id, string Number, OrderStatus Status, PaymentStatus PaymentStatus, FulfillmentStatus FulfillmentStatus, int Version,
    string? CustomerId, string Email, RestMoney Subtotal, RestMoney Discount, RestMoney Shipping, RestMoney Tax, RestMoney Total,
    string? DiscountCode, string? ShippingMethod, SalesChannel SourceChannel, string? ExternalId, Address? ShippingAddress,
    Address? BillingAddress, string? Note, IReadOnlyList<OrderLineResource> Lines, DateTime CreatedAt, DateTime UpdatedAt,
    DateTime? ConfirmedAt, DateTime? CancelledAt, string? CancelReason, DateTime? DeliveredAt)
{
    public static OrderResource From(Order o) => new(
        GlobalId.Encode(OrderType.TypeName, o.Id), o.Number, o.Status, o.PaymentStatus, o.FulfillmentStatus, o.Version,
        o.CustomerId is { } c ? GlobalId.Encode(CustomerType.TypeName, c) : null, o.Email, RestMoney.From(o.Subtotal),
        RestMoney.From(o.Discount), RestMoney.From(o.Shipping), RestMoney.From(o.Tax), RestMoney.From(o.Total), o.DiscountCode,
        o.ShippingMethod, o.SourceChannel, o.ExternalId, o.ShippingAddress, o.BillingAddress, o.Note,
        [.. o.Lines.OrderBy(l => l.Id).Select(l => OrderLineResource.From(l, o.Currency))], o.PlacedAt, o.UpdatedAt,
        o.ConfirmedAt, o.CancelledAt, o.CancelReason, o.DeliveredAt);
}

/// <summary>One order line: what was bought, at the price it was bought at, and how much of it shipped.</summary>
public sealed record OrderLineResource(
    string Id, string? VariantId, string Sku, string ProductName, string VariantName, int Quantity, int FulfilledQuantity,
    RestMoney UnitPrice, RestMoney Discount, RestMoney Tax, RestMoney Total)
{
    public static OrderLineResource From(OrderLine l, string currency) => new(
        GlobalId.Encode(OrderLineType.TypeName, l.Id), l.VariantId is { } v ? GlobalId.Encode(ProductVariantType.TypeName, v) : null,
        l.Sku, l.ProductName, l.VariantName, l.Quantity, l.FulfilledQuantity, RestMoney.From(l.UnitPriceMinorUnits, currency),
        RestMoney.From(l.DiscountMinorUnits, currency), RestMoney.From(l.TaxMinorUnits, currency), RestMoney.From(l.LineTotalMinorUnits, currency));
}

/// <summary>A shipment of an order: from which warehouse, how it travels, which units.</summary>
public sealed record FulfillmentResource(
    string Id, string OrderId, string WarehouseId, FulfillmentState State, string? Carrier, string? TrackingNumber,
    IReadOnlyList<FulfillmentLineResource> Lines, DateTime CreatedAt, DateTime? ShippedAt, DateTime? DeliveredAt)
{
    public static FulfillmentResource From(Fulfillment f) => new(
        GlobalId.Encode(Features.Fulfillments.FulfillmentType.TypeName, f.Id), GlobalId.Encode(OrderType.TypeName, f.OrderId),
        GlobalId.Encode(WarehouseType.TypeName, f.WarehouseId), f.State, f.Carrier, f.TrackingNumber,
        [.. f.Lines.OrderBy(l => l.Id).Select(l => new FulfillmentLineResource(GlobalId.Encode(OrderLineType.TypeName, l.OrderLineId), l.Quantity))],
        f.CreatedAt, f.ShippedAt, f.DeliveredAt);
}

/// <summary>Units of one order line in a shipment.</summary>
public sealed record FulfillmentLineResource(string OrderLineId, int Quantity);
