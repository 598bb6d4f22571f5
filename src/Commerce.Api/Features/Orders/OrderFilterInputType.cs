using System.Linq.Expressions;
using Commerce.Api.Features.Customers;
using Commerce.Api.Features.Vendors;
using Commerce.Domain.Orders;
using Commerce.GraphQL.Server.Filtering;
using Commerce.GraphQL.Server.Relay;
using GraphQL.Types;

namespace Commerce.Api.Features.Orders;

/// <summary>The allowlist of order filters, shared by <c>orders</c> and <c>Customer.orders</c>.</summary>
public sealed class OrderFilterInputType : FilterInputType<Order>
{
    public OrderFilterInputType()
        : base("OrderFilterInput", "Conditions on orders; all given conditions must hold.")
    {
        AllowId("id", OrderType.TypeName, o => o.Id, "The order's ID.");
        Allow("number", o => o.Number, "The human-facing order number, e.g. \"CG-100042\".");
        Allow("email", o => o.Email, "The order's contact email.");
        AllowEnum<OrderStatusType, OrderStatus>("status", o => o.Status, "The order's life-cycle status.");
        AllowEnum<PaymentStatusType, PaymentStatus>("paymentStatus", o => o.PaymentStatus, "The order's payment status.");
        AllowEnum<FulfillmentStatusType, FulfillmentStatus>("fulfillmentStatus", o => o.FulfillmentStatus, "The order's fulfillment status.");
        AllowEnum<SalesChannelType, SalesChannel>("sourceChannel", o => o.SourceChannel, "The channel the order came from.");
        AllowComparable<DateTimeGraphType, DateTime>("placedAt", o => o.PlacedAt, "When the order was placed (UTC).");
        AllowComparable<LongGraphType, long>("total", o => o.TotalMinorUnits, "The order total in minor units of its currency.");
        AllowId("customer", CustomerType.TypeName, o => o.CustomerId!.Value, "The ordering customer's ID (guest orders never match).");
        AllowCustom<IdGraphType, string>("vendor", VendorPredicate, "A Vendor ID: orders with at least one line attributed to that vendor.");
        Allow("externalId", o => o.ExternalId, "The order's id in the channel it came from (e.g. a marketplace order number).");
        AllowCustom<StringGraphType, string>("search", Search, "Free text: the order number or email contains it (case-insensitive).");
    }

    private static Expression<Func<Order, bool>> VendorPredicate(string id)
    {
        var vendorId = GlobalId.DecodeInt(id, VendorType.TypeName);
        return o => o.Lines.Any(l => l.VendorId == vendorId);
    }

    private static Expression<Func<Order, bool>> Search(string text)
    {
        var lowered = text.ToLowerInvariant();
        return o => o.Number.ToLower().Contains(lowered) || o.Email.ToLower().Contains(lowered);
    }
}
