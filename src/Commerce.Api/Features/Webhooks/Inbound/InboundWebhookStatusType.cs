using Commerce.Infrastructure.Webhooks;
using GraphQL.Types;

namespace Commerce.Api.Features.Webhooks.Inbound;

/// <summary>Exposes <see cref="InboundWebhookStatus"/>.</summary>
public sealed class InboundWebhookStatusType : EnumerationGraphType<InboundWebhookStatus>
{
    public InboundWebhookStatusType()
    {
        Name = "InboundWebhookStatus";
        Description = "What became of an inbound event: applied (PROCESSED), understood and deliberately not applied (IGNORED), "
            + "waiting for what it depends on (DEFERRED), refused with nothing changed; a redelivery is processed again (FAILED), "
            + "or deferred too long and never applied (EXPIRED).";
    }
}
