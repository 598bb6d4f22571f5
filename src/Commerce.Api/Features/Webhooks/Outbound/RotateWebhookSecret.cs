using Commerce.Api.Features.Common.Mutations;
using Commerce.Domain.Webhooks;
using Commerce.Infrastructure.Persistence;

namespace Commerce.Api.Features.Webhooks.Outbound;

public sealed class RotateWebhookSecretInput
{
    public string Id { get; set; } = "";
    public int GracePeriodMinutes { get; set; } = RotateWebhookSecretHandler.DefaultGraceMinutes;
}

/// <summary>
/// Replaces the signing secret. During the grace period deliveries carry two <c>v1</c> signatures (new and old
/// secret), so a receiver keeps verifying while it switches; 0 retires the old secret at once.
/// </summary>
public sealed class RotateWebhookSecretHandler(CommerceDbContext db, TimeProvider clock)
{
    public const int DefaultGraceMinutes = 24 * 60;
    public const int MaxGraceMinutes = 7 * 24 * 60;

    public async Task<WebhookSecretPayload> HandleAsync(RotateWebhookSecretInput input, CancellationToken cancellationToken)
    {
        var errors = new InputErrors();
        var endpoint = await db.LookupAsync<WebhookEndpoint>(errors, input.Id, WebhookEndpointType.TypeName, cancellationToken, "id");
        if (input.GracePeriodMinutes is < 0 or > MaxGraceMinutes)
        {
            errors.Invalid($"Give 0 to {MaxGraceMinutes} minutes (7 days).", "gracePeriodMinutes");
        }

        if (endpoint is null || errors.Any)
        {
            return new WebhookSecretPayload { UserErrors = errors.ToList() };
        }

        endpoint.RotateSecret(WebhookEndpointInputCheck.NewSecret(), clock.GetUtcNow().UtcDateTime, TimeSpan.FromMinutes(input.GracePeriodMinutes));
        await db.SaveChangesAsync(cancellationToken);
        return new WebhookSecretPayload { Endpoint = endpoint, Secret = endpoint.Secret };
    }
}
