using Commerce.Api.Features.Orders;

namespace Commerce.Api.Rest;

/// <summary>Body of <c>POST /orders/{id}/status</c>: CONFIRMED (confirmOrder) or DELIVERED (markOrderDelivered).</summary>
public sealed record OrderStatusRequest(string? Status, int? ExpectedVersion);

/// <summary>Body of <c>POST /orders/{id}/cancel</c> (cancelOrder).</summary>
public sealed record CancelOrderRequest(string? Reason, int? ExpectedVersion, string? IdempotencyKey);

/// <summary>Body of <c>POST /orders/{id}/fulfillments</c> (createFulfillment); no lines ships everything unshipped.</summary>
public sealed record CreateFulfillmentRequest(
    IReadOnlyList<FulfillmentLineInput>? Lines, string? WarehouseId, string? Carrier, string? TrackingNumber, int? ExpectedVersion, string? IdempotencyKey);

public static class IdempotencyHeader
{
    /// <summary>The <c>Idempotency-Key</c> header, which wins over a key in the body.</summary>
    public static string? Of(HttpContext http, string? bodyKey) =>
        http.Request.Headers.TryGetValue("Idempotency-Key", out var header) && !string.IsNullOrWhiteSpace(header) ? header.ToString() : bodyKey;
}
