using Commerce.Api.Auth;
using Commerce.Api.Features.Common.Mutations;
using Commerce.Domain.Webhooks;
using Commerce.Infrastructure.Persistence.Configurations;

namespace Commerce.Api.Features.Webhooks.Outbound;

/// <summary>The checks createWebhookEndpoint and updateWebhookEndpoint share.</summary>
public static class WebhookEndpointInputCheck
{
    public const int MaxEvents = 50;

    public static string? Url(InputErrors errors, string? url, bool allowPrivate)
    {
        var text = errors.Text(url, ColumnLengths.Url, required: true, "url");
        if (text is not null && WebhookAddressPolicy.Refusal(text, allowPrivate) is { } refusal)
        {
            errors.Invalid(refusal, "url");
        }

        return text;
    }

    public static List<string> Events(InputErrors errors, IReadOnlyList<string>? events)
    {
        var list = (events ?? []).Select(e => e.Trim()).Distinct(StringComparer.Ordinal).ToList();
        if (list.Count is 0 or > MaxEvents)
        {
            errors.Invalid($"Give between 1 and {MaxEvents} event types.", "events");
        }

        for (var i = 0; i < list.Count; i++)
        {
            if (!WebhookEventPatterns.IsWellFormed(list[i]))
            {
                errors.Invalid($"\"{list[i]}\" is not an event type (\"order.created\"), a family (\"order.*\") or \"*\".", "events");
            }
        }

        return list;
    }

    public static string? Description(InputErrors errors, string? description) =>
        errors.Text(description, ColumnLengths.Note, required: false, "description");

    /// <summary>A new signing secret: "whsec_" and 256 random bits.</summary>
    public static string NewSecret() => "whsec_" + SecretTokens.Random();
}
