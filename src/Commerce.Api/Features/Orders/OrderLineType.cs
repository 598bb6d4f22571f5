using Commerce.Api.Auth;
using Commerce.Api.Features.Catalog;
using Commerce.Api.Features.Common;
using Commerce.Api.Features.Vendors;
using Commerce.Api.Graph;
using Commerce.Domain.Catalog;
using Commerce.Domain.Common;
using Commerce.Domain.Orders;
using Commerce.Domain.Vendors;
using Commerce.GraphQL.Server.Authorization;
using Commerce.GraphQL.Server.DataLoader;
using Commerce.GraphQL.Server.Relay;
using GraphQL;
using GraphQL.DataLoader;
using GraphQL.Types;

namespace Commerce.Api.Features.Orders;

/// <summary>The graph's view of an <see cref="OrderLine"/>: the purchase-time snapshot plus batched links to the catalog.</summary>
public sealed class OrderLineType : ObjectGraphType<OrderLine>
{
    public const string TypeName = "OrderLine";

    public OrderLineType()
    {
        Name = TypeName;
        Description = "One line of an order: what was bought, at which price, as it was when the order was placed.";
        this.ImplementsNode(TypeName, l => l.Id);
        this.RequireScopes(Scopes.ReadOrders, Scopes.Customer, Scopes.Vendor, Scopes.Guest);
        Field(l => l.Sku).Description("The SKU bought (snapshot).");
        Field(l => l.ProductName).Description("The product's name when the order was placed.");
        Field(l => l.VariantName).Description("The variant's name when the order was placed.");
        Field(l => l.Quantity).Description("Units ordered.");
        Field<NonNullGraphType<MoneyType>>("unitPrice").Description("Price of one unit when the order was placed.")
            .Resolve(ctx => InOrderCurrency(ctx, ctx.Source.UnitPriceMinorUnits));
        Field<NonNullGraphType<MoneyType>>("discount").Description("Discount on this line.")
            .Resolve(ctx => InOrderCurrency(ctx, ctx.Source.DiscountMinorUnits));
        Field<NonNullGraphType<MoneyType>>("tax").Description("Tax on this line.")
            .Resolve(ctx => InOrderCurrency(ctx, ctx.Source.TaxMinorUnits));
        Field<NonNullGraphType<MoneyType>>("lineTotal").Description("Quantity × unit price − discount, before tax.")
            .Resolve(ctx => InOrderCurrency(ctx, ctx.Source.LineTotalMinorUnits));
        Field(l => l.FulfilledQuantity).Description("Units of this line shipped so far.");
        Field<NonNullGraphType<OrderType>>("order").Description("The order this line belongs to.")
            .Resolve(ctx => ctx.LoadById<Order>(ctx.Source.OrderId));
        Field<ProductVariantType>("variant").Description("The variant bought; null if it was removed from the catalog.")
            .Resolve(ctx => ctx.LoadById<ProductVariant>(ctx.Source.VariantId));
        Field<ProductType>("product").Description("The product bought; null if it was removed from the catalog.")
            .Resolve(ctx => ctx.LoadById<Product>(ctx.Source.ProductId));
        Field<VendorType>("vendor").Description("The vendor the line is attributed to; null if the vendor was removed.")
            .Resolve(ctx => ctx.LoadById<Vendor>(ctx.Source.VendorId));
    }

    // Lines store amounts without a currency: it is the order's, read through the batched order loader.
    private static IDataLoaderResult<Money> InOrderCurrency(IResolveFieldContext<OrderLine> ctx, long minorUnits) =>
        ctx.LoadById<Order>(ctx.Source.OrderId).Then(order => new Money(minorUnits, order!.Currency));
}
