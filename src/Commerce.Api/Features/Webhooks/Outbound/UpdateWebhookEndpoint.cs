using Commerce.Api.Features.Common.Mutations;
using Commerce.Domain.Webhooks;
using Commerce.Infrastructure.Persistence;
using Microsoft.Extensions.Options;

namespace Commerce.Api.Features.Webhooks.Outbound;

public sealed class UpdateWebhookEndpointInput : PatchInput
{
    public string Id { get; set; } = "";
    public string? Url { get; set; }
    public List<string>? Events { get; set; }
    public string? Description { get; set; }
    public bool? Enabled { get; set; }
}

/// <summary>Changes the fields given. Re-enabling sends the deliveries still pending; events while disabled were never queued.</summary>
public sealed class UpdateWebhookEndpointHandler(CommerceDbContext db, TimeProvider clock, IOptions<OutboundWebhookOptions> options)
{
    public async Task<EntityPayload<WebhookEndpoint>> HandleAsync(UpdateWebhookEndpointInput input, CancellationToken cancellationToken)
    {
        var errors = new InputErrors();
        var endpoint = await db.LookupAsync<WebhookEndpoint>(errors, input.Id, WebhookEndpointType.TypeName, cancellationToken, "id");
        var url = input.Has("url") ? WebhookEndpointInputCheck.Url(errors, input.Url, options.Value.AllowPrivateAddresses) : null;
        var events = input.Has("events") ? WebhookEndpointInputCheck.Events(errors, input.Events) : null;
        var description = WebhookEndpointInputCheck.Description(errors, input.Description);
        if (input.Has("enabled") && input.Enabled is null)
        {
            errors.Invalid("Give true or false.", "enabled");
        }

        if (endpoint is null || errors.Any)
        {
            return EntityPayload.Refused<WebhookEndpoint>(errors);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        endpoint.Url = url ?? endpoint.Url;
        endpoint.Events = events ?? endpoint.Events;
        endpoint.Description = input.Has("description") ? description : endpoint.Description;
        endpoint.UpdatedAt = now;
        if (input.Enabled is { } enabled)
        {
            endpoint.SetEnabled(enabled, now);
        }
        await db.SaveChangesAsync(cancellationToken);
        return EntityPayload.Of(endpoint);
    }
}
