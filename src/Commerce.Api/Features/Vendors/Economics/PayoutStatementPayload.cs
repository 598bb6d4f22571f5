using Commerce.Api.Features.Common.Mutations;
using Commerce.Api.Graph;
using Commerce.Domain.Vendors.Economics;

namespace Commerce.Api.Features.Vendors.Economics;

/// <summary>
/// The payload of the payout mutations, built from their <see cref="MutationOutcome"/> (the statement's id), so an
/// idempotent retry that replays the stored outcome answers with the same statement.
/// </summary>
public sealed class PayoutStatementPayload : MutationPayload
{
    public PayoutStatementPayload(MutationOutcome outcome)
    {
        PayoutStatementId = outcome.EntityId;
        UserErrors = outcome.Errors;
    }

    public int? PayoutStatementId { get; }
}

/// <summary><c>XPayload { payoutStatement, userErrors }</c>; the statement is loaded as it is now.</summary>
public abstract class PayoutStatementPayloadType : PayloadGraphType<PayoutStatementPayload>
{
    protected PayoutStatementPayloadType(string mutation, string fieldDescription)
        : base(char.ToUpperInvariant(mutation[0]) + mutation[1..] + "Payload", $"The result of `{mutation}`.")
    {
        Field<PayoutStatementType>("payoutStatement").Description(fieldDescription + " Null when the mutation was refused.")
            .Resolve(ctx => ctx.LoadById<PayoutStatement>(ctx.Source.PayoutStatementId));
    }
}
