using Commerce.Api.Features.Common.Mutations;
using Commerce.Infrastructure.Webhooks;

namespace Commerce.Api.Features.Webhooks.Inbound;

/// <summary>An inbound event as received: who sent it, its id and type, the raw JSON, and when the sender says it happened.</summary>
public sealed record InboundEvent(string Source, string EventId, string Type, string Payload, DateTime? OccurredAt);

/// <summary>What applying an inbound event did; <see cref="Errors"/> say why a failed one changed nothing.</summary>
public sealed record InboundOutcome(InboundWebhookStatus Status, string Message, int? OrderId = null, IReadOnlyList<UserError>? Errors = null)
{
    public static InboundOutcome Processed(string message, int orderId) => new(InboundWebhookStatus.Processed, message, orderId);

    public static InboundOutcome Ignored(string message, int? orderId = null) => new(InboundWebhookStatus.Ignored, message, orderId);

    public static InboundOutcome Deferred(string message, int orderId) => new(InboundWebhookStatus.Deferred, message, orderId);

    public static InboundOutcome Failed(params UserError[] errors) =>
        new(InboundWebhookStatus.Failed, string.Join(" ", errors.Select(e => e.Message)), null, errors);
}

/// <summary>The answer to one delivery: the outcome (stored, for a duplicate) and whether the event was already known.</summary>
public sealed record InboundResult(string EventId, InboundOutcome Outcome, bool Duplicate);
