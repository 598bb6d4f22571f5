using Commerce.Domain.Webhooks;
using GraphQL.Types;

namespace Commerce.Api.Features.Webhooks.Outbound;

/// <summary>One try of a delivery.</summary>
public sealed class WebhookAttemptType : ObjectGraphType<WebhookAttempt>
{
    public WebhookAttemptType()
    {
        Name = "WebhookDeliveryAttempt";
        Description = "One POST of a delivery and what came of it.";
        Field(a => a.AttemptedAt).Description("When the attempt started (UTC).");
        Field(a => a.StatusCode, nullable: true).Description("The receiver's HTTP status; null when no answer came (refused address, connection error, time-out).");
        Field(a => a.DurationMs).Description("How long the attempt took, in milliseconds.");
        Field(a => a.ResponseExcerpt, nullable: true).Description("The start of the receiver's answer (at most 1,024 characters).");
        Field(a => a.Error, nullable: true).Description("Why the attempt failed; null when it succeeded.");
    }
}
