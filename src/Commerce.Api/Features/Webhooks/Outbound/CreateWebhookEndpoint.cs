using Commerce.Api.Features.Common.Mutations;
using Commerce.Domain.Webhooks;
using Commerce.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Commerce.Api.Features.Webhooks.Outbound;

public sealed class CreateWebhookEndpointInput
{
    public string Url { get; set; } = "";
    public List<string> Events { get; set; } = [];
    public string? Description { get; set; }
}

/// <summary>The new endpoint and its signing secret, shown this once.</summary>
public sealed class WebhookSecretPayload : MutationPayload
{
    public WebhookEndpoint? Endpoint { get; init; }
    public string? Secret { get; init; }
}

/// <summary>Saves an endpoint that receives events from now on (events already in the outbox are not sent to it).</summary>
public sealed class CreateWebhookEndpointHandler(CommerceDbContext db, TimeProvider clock, IOptions<OutboundWebhookOptions> options)
{
    public async Task<WebhookSecretPayload> HandleAsync(CreateWebhookEndpointInput input, CancellationToken cancellationToken)
    {
        var errors = new InputErrors();
        var url = WebhookEndpointInputCheck.Url(errors, input.Url, options.Value.AllowPrivateAddresses);
        var events = WebhookEndpointInputCheck.Events(errors, input.Events);
        var description = WebhookEndpointInputCheck.Description(errors, input.Description);
        if (errors.Any)
        {
            return new WebhookSecretPayload { UserErrors = errors.ToList() };
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var endpoint = new WebhookEndpoint
        {
            Url = url!,
            Events = events,
            Description = description,
            Secret = WebhookEndpointInputCheck.NewSecret(),
            StartsAfterEventId = await db.OutboxMessages.MaxAsync(m => (long?)m.Id, cancellationToken) ?? 0,
            CreatedAt = now,
            UpdatedAt = now,
        };
        db.WebhookEndpoints.Add(endpoint);
        await db.SaveChangesAsync(cancellationToken);
        return new WebhookSecretPayload { Endpoint = endpoint, Secret = endpoint.Secret };
    }
}
