using Commerce.Api.Features.Common.Loading;
using Commerce.Api.Features.Fulfillments;
using Commerce.Api.Features.Payments;
using Commerce.Domain.Fulfillments;
using Commerce.Domain.Orders;
using Commerce.Domain.Payments;

namespace Commerce.Api.Features.Orders;

/// <summary>Orders with their payment ledger and shipments: node refetch and group loaders.</summary>
public static class OrdersFeature
{
    public static IServiceCollection AddOrdersFeature(this IServiceCollection services) => services
        .AddEntityNode<Order>(OrderType.TypeName, OrderVisibility.CanSee)
        .AddEntityNode<OrderLine>(OrderLineType.TypeName, OrderVisibility.CanSeeLine)
        .AddEntityNode<PaymentTransaction>(PaymentTransactionType.TypeName, (ctx, caller, t) => OrderVisibility.CanSeeOrder(ctx, caller, t.OrderId))
        .AddEntityNode<Fulfillment>(FulfillmentType.TypeName, (ctx, caller, f) => OrderVisibility.CanSeeOrder(ctx, caller, f.OrderId))
        .AddEntityNode<FulfillmentLine>(FulfillmentLineType.TypeName, FulfillmentVisibility.CanSeeLine)
        .AddScoped<OrderLinesByOrderIdLoader>()
        .AddScoped<PaymentTransactionsByOrderIdLoader>()
        .AddScoped<FulfillmentsByOrderIdLoader>()
        .AddScoped<FulfillmentLinesByFulfillmentIdLoader>()
        .AddScoped<PreviousOrderStateLoader>();
}
