using Commerce.Api.Features.Common;
using GraphQL.Types;

namespace Commerce.Api.Features.Orders;

/// <summary>GraphQL shape of <see cref="PlaceOrderInput"/>.</summary>
public sealed class PlaceOrderInputType : InputObjectGraphType<PlaceOrderInput>
{
    public PlaceOrderInputType()
    {
        Name = "PlaceOrderInput";
        Description = "An order to place. Prices, shipping, tax and discounts come from the shop, never from the client.";
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<OrderLineInputType>>>>("lines").Description("What to buy: at least one line.");
        Field<IdGraphType>("customerId").Description("Staff only: the existing customer the order is for. A signed-in customer always orders as themselves; anonymous callers check out as guests.");
        Field<StringGraphType>("email").Description("Contact email; required for guest checkout, defaults to the customer's email otherwise.");
        Field<AddressInputType>("shippingAddress").Description("Where to ship; also decides shipping rate and tax.");
        Field<AddressInputType>("billingAddress").Description("Billing address; defaults to the shipping address.");
        Field<StringGraphType>("shippingMethod").Description("Shipping method, e.g. \"Standard\" or \"Express\" (case-insensitive); priced from the shop's rates table.");
        Field<StringGraphType>("discountCode").Description("Optional promotion code (case-insensitive).");
        Field<StringGraphType>("note").Description("Optional note to the shop.");
        Field<StringGraphType>("idempotencyKey").Description("Client-chosen key: a retry with the same key and input returns the first result and places nothing twice.");
    }
}

/// <summary>GraphQL shape of <see cref="OrderLineInput"/>.</summary>
public sealed class OrderLineInputType : InputObjectGraphType<OrderLineInput>
{
    public OrderLineInputType()
    {
        Name = "OrderLineInput";
        Description = "One line of an order to place.";
        Field<NonNullGraphType<IdGraphType>>("variantId").Description("The product variant's global id.");
        Field<NonNullGraphType<IntGraphType>>("quantity").Description($"Units, 1 to {PlaceOrderHandler.MaxQuantityPerLine}.");
    }
}
