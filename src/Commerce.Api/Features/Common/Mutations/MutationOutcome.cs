namespace Commerce.Api.Features.Common.Mutations;

/// <summary>
/// What a mutation's unit of work produced: the id of the object it acted on, of the object it created (a ledger
/// entry, a shipment), and its user errors. Small and JSON-serialisable, so an idempotent retry replays it exactly.
/// </summary>
public sealed record MutationOutcome(int? EntityId, int? CreatedId, IReadOnlyList<UserError> Errors)
{
    public static MutationOutcome Success(int entityId, int? createdId = null) => new(entityId, createdId, []);

    public static MutationOutcome Refused(params UserError[] errors) => new(null, null, errors);

    /// <summary>Refused, but about an existing object the payload should still show.</summary>
    public static MutationOutcome RefusedOn(int entityId, params UserError[] errors) => new(entityId, null, errors);
}
