using Commerce.Api.Features.Common.Mutations;
using Commerce.Domain.Webhooks;
using Commerce.Infrastructure.Persistence;

namespace Commerce.Api.Features.Webhooks.Outbound;

public sealed class RedeliverWebhookEventInput
{
    public string DeliveryId { get; set; } = "";
}

/// <summary>
/// Sends a delivery again (delivered, failed or pending): it becomes PENDING, due now, with a fresh retry
/// schedule; the body and event id stay the same, so the receiver can recognise a duplicate.
/// </summary>
public sealed class RedeliverWebhookEventHandler(CommerceDbContext db, TimeProvider clock)
{
    public async Task<EntityPayload<WebhookDelivery>> HandleAsync(RedeliverWebhookEventInput input, CancellationToken cancellationToken)
    {
        var errors = new InputErrors();
        var delivery = await db.LookupAsync<WebhookDelivery>(errors, input.DeliveryId, WebhookDeliveryType.TypeName, cancellationToken, "deliveryId");
        var endpoint = delivery is null ? null : await db.WebhookEndpoints.FindAsync([delivery.EndpointId], cancellationToken);
        if (endpoint is { IsEnabled: false })
        {
            errors.Add(UserErrorCode.IllegalTransition, "The endpoint is disabled; enable it first.", "deliveryId");
        }

        if (delivery is null || errors.Any)
        {
            return EntityPayload.Refused<WebhookDelivery>(errors);
        }

        delivery.Redeliver(clock.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(cancellationToken);
        return EntityPayload.Of(delivery);
    }
}
