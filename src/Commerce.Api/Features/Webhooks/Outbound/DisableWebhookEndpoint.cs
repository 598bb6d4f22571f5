using Commerce.Api.Features.Common.Mutations;
using Commerce.Domain.Webhooks;
using Commerce.Infrastructure.Persistence;

namespace Commerce.Api.Features.Webhooks.Outbound;

public sealed class WebhookEndpointIdInput
{
    public string Id { get; set; } = "";
}

/// <summary>Stops deliveries to an endpoint: no new events are queued for it and pending ones wait (idempotent).</summary>
public sealed class DisableWebhookEndpointHandler(CommerceDbContext db, TimeProvider clock)
{
    public async Task<EntityPayload<WebhookEndpoint>> HandleAsync(WebhookEndpointIdInput input, CancellationToken cancellationToken)
    {
        var errors = new InputErrors();
        var endpoint = await db.LookupAsync<WebhookEndpoint>(errors, input.Id, WebhookEndpointType.TypeName, cancellationToken, "id");
        if (endpoint is null)
        {
            return EntityPayload.Refused<WebhookEndpoint>(errors);
        }

        if (endpoint.SetEnabled(false, clock.GetUtcNow().UtcDateTime))
        {
            await db.SaveChangesAsync(cancellationToken);
        }

        return EntityPayload.Of(endpoint);
    }
}
