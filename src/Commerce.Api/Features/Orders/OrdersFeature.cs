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
        .AddEntityNode<Order>(OrderType.TypeName)
        .AddEntityNode<OrderLine>(OrderLineType.TypeName)
        .AddEntityNode<PaymentTransaction>(PaymentTransactionType.TypeName)
        .AddEntityNode<Fulfillment>(FulfillmentType.TypeName)
        .AddEntityNode<FulfillmentLine>(FulfillmentLineType.TypeName)
        .AddScoped<OrderLinesByOrderIdLoader>()
        .AddScoped<PaymentTransactionsByOrderIdLoader>()
        .AddScoped<FulfillmentsByOrderIdLoader>()
        .AddScoped<FulfillmentLinesByFulfillmentIdLoader>();
}
