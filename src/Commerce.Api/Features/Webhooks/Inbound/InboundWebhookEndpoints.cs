using Commerce.Infrastructure.Webhooks;

namespace Commerce.Api.Features.Webhooks.Inbound;

/// <summary>
/// <c>POST /webhooks/payments/{provider}</c> and <c>POST /webhooks/marketplaces/{channel}</c>: no API key, the
/// signature authenticates the sender. A 2xx is sent only after the change and the event's row are committed.
/// </summary>
public static class InboundWebhookEndpoints
{
    public static IEndpointRouteBuilder MapInboundWebhooks(this IEndpointRouteBuilder app)
    {
        var webhooks = app.MapGroup("/webhooks");
        webhooks.MapPost("/payments/{provider}", ReceivePaymentAsync);
        webhooks.MapPost("/marketplaces/{channel}", ReceiveMarketplaceOrderAsync);
        return app;
    }

    private static async Task<IResult> ReceivePaymentAsync(HttpContext http, string provider, InboundEventLog log, TimeProvider clock)
    {
        var (body, refusal) = await InboundWebhookRequest.ReadAsync(http, InboundWebhookSenders.Payments, provider);
        var (evt, problem) = body is null ? (null, null) : PaymentWebhookEvent.Parse(body);
        if (refusal is not null || problem is not null)
        {
            return refusal ?? InboundWebhookAnswers.Malformed(problem!);
        }

        var name = provider.ToLowerInvariant();
        var source = $"{InboundWebhookSource.PaymentsPrefix}{name}";
        var inbound = new InboundEvent(source, evt!.Id!, evt.Type!, body!, evt.CreatedAt?.UtcDateTime);
        var result = await log.ProcessAsync(inbound, async (db, ct) =>
        {
            var now = clock.GetUtcNow().UtcDateTime;
            var outcome = await PaymentWebhookHandler.ApplyAsync(db, name, evt, now, ct);
            if (outcome is { Status: InboundWebhookStatus.Processed, OrderId: { } orderId } && evt.Type == PaymentWebhookEvent.Succeeded)
            {
                await DeferredPaymentEvents.ReplayAsync(db, source, name, orderId, now, ct);
            }

            return outcome;
        }, http.RequestAborted);
        return InboundWebhookAnswers.For(result);
    }

    private static async Task<IResult> ReceiveMarketplaceOrderAsync(HttpContext http, string channel, InboundEventLog log)
    {
        var (body, refusal) = await InboundWebhookRequest.ReadAsync(http, InboundWebhookSenders.Marketplaces, channel);
        var (order, problem) = body is null ? (null, null) : MarketplaceOrder.Parse(body);
        if (refusal is not null || problem is not null)
        {
            return refusal ?? InboundWebhookAnswers.Malformed(problem!);
        }

        var name = channel.ToLowerInvariant();
        var inbound = new InboundEvent($"{InboundWebhookSource.MarketplacesPrefix}{name}", order!.ExternalId!, MarketplaceOrder.EventType, body!, order.CreatedAt?.UtcDateTime);
        var result = await log.ProcessAsync(inbound, (db, ct) => MarketplaceOrderHandler.ApplyAsync(db, name, order, ct), http.RequestAborted);
        return InboundWebhookAnswers.For(result, StatusCodes.Status201Created);
    }
}
