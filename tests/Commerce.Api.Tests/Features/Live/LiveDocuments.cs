namespace Commerce.Api.Tests.Features.Live;

/// <summary>The subscription documents the live tests use.</summary>
public static class LiveDocuments
{
    public const string OrderEventSelection = "cursor type occurredAt orderId status previousStatus paymentStatus previousPaymentStatus fulfillmentStatus order { id status paymentStatus fulfillmentStatus }";

    public const string OrderStatusChanged = $$"""
        subscription($orderId: ID!, $after: String) {
          orderStatusChanged(orderId: $orderId, after: $after) { {{OrderEventSelection}} }
        }
        """;

    public static Dictionary<string, object?> Order(string orderId, string? after = null) => new() { ["orderId"] = orderId, ["after"] = after };
}
