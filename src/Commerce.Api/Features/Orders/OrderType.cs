using Commerce.Api.Auth;
using Commerce.Api.Features.Common;
using Commerce.Api.Features.Customers;
using Commerce.Api.Graph;
using Commerce.Domain.Customers;
using Commerce.Domain.Orders;
using Commerce.GraphQL.Server.Authorization;
using Commerce.GraphQL.Server.Relay;
using GraphQL.Types;

namespace Commerce.Api.Features.Orders;

/// <summary>The graph's view of an <see cref="Order"/>; its lines, payments and shipments come through group loaders.</summary>
public sealed class OrderType : ObjectGraphType<Order>
{
    public const string TypeName = "Order";

    public OrderType()
    {
        Name = TypeName;
        Description = "A customer's order: a snapshot of what was bought at which prices, with separate payment and fulfillment facets.";
        this.ImplementsNode(TypeName, o => o.Id);
        this.RequireScopes(Scopes.ReadOrders, Scopes.Customer, Scopes.Guest);
        Field(o => o.Version).Description("Grows by one with every change. Send it back as `expectedVersion` so a concurrent change is refused (VERSION_CONFLICT) instead of overwritten.");
        Field(o => o.Number).Description("Human-facing unique order number, e.g. \"CG-100042\".");
        Field(o => o.Email).Description("Contact email of the order (guests have no customer record).");
        Field<NonNullGraphType<OrderStatusType>>("status").Description("Where the order stands in its life cycle.").Resolve(ctx => ctx.Source.Status);
        Field<NonNullGraphType<PaymentStatusType>>("paymentStatus").Description("The payment facet, derived from the payment ledger.").Resolve(ctx => ctx.Source.PaymentStatus);
        Field<NonNullGraphType<FulfillmentStatusType>>("fulfillmentStatus").Description("How much of the order has shipped.").Resolve(ctx => ctx.Source.FulfillmentStatus);
        Field<NonNullGraphType<CurrencyCodeGraphType>>("currencyCode").Description("The currency of every amount on the order.").Resolve(ctx => ctx.Source.Currency);
        Field<NonNullGraphType<MoneyType>>("subtotal").Description("Sum of the line totals, before order discount, shipping and tax.").Resolve(ctx => ctx.Source.Subtotal);
        Field<NonNullGraphType<MoneyType>>("discount").Description("Order-level discount.").Resolve(ctx => ctx.Source.Discount);
        Field<NonNullGraphType<MoneyType>>("shipping").Description("Shipping charge.").Resolve(ctx => ctx.Source.Shipping);
        Field<NonNullGraphType<MoneyType>>("tax").Description("Tax charged.").Resolve(ctx => ctx.Source.Tax);
        Field<NonNullGraphType<MoneyType>>("total").Description("What the customer pays: subtotal − discount + shipping + tax.").Resolve(ctx => ctx.Source.Total);
        Field(o => o.DiscountCode, nullable: true).Description("The discount code applied, if any.");
        Field(o => o.ShippingMethod, nullable: true).Description("The shipping method chosen, if any.");
        Field<NonNullGraphType<SalesChannelType>>("sourceChannel").Description("Where the order came from.").Resolve(ctx => ctx.Source.SourceChannel);
        Field(o => o.ExternalId, nullable: true).Description("The order's id in the channel it came from (e.g. a marketplace order number).");
        Field<AddressType>("shippingAddress").Description("Copy of the shipping address taken when the order was placed.").Resolve(ctx => ctx.Source.ShippingAddress);
        Field<AddressType>("billingAddress").Description("Copy of the billing address taken when the order was placed.").Resolve(ctx => ctx.Source.BillingAddress);
        Field(o => o.Note, nullable: true).Description("The customer's note to the shop.");
        Field(o => o.PlacedAt).Description("When the order was placed (UTC).");
        Field(o => o.UpdatedAt).Description("When the order last changed (UTC).");
        Field(o => o.ConfirmedAt, nullable: true).Description("When the shop confirmed the order (UTC).");
        Field(o => o.CancelledAt, nullable: true).Description("When the order was cancelled (UTC).");
        Field(o => o.CancelReason, nullable: true).Description("Why the order was cancelled.");
        Field(o => o.DeliveredAt, nullable: true).Description("When the last shipment was delivered (UTC).");
        Field<CustomerType>("customer").Description("The ordering customer; null for guest orders.")
            .Resolve(ctx => ctx.LoadById<Customer>(ctx.Source.CustomerId));
        OrderRelationFields.AddTo(this);
    }
}
