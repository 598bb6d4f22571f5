using Commerce.Domain.Payments;
using GraphQL.Types;

namespace Commerce.Api.Features.Payments;

/// <summary>Exposes <see cref="PaymentTransactionKind"/> with SCREAMING_CASE values.</summary>
public sealed class PaymentTransactionKindType : EnumerationGraphType<PaymentTransactionKind>
{
    public PaymentTransactionKindType()
    {
        Name = "PaymentTransactionKind";
        Description = "What a payment ledger entry did: AUTHORIZATION, CAPTURE, VOID, REFUND or MANUAL_PAYMENT (money received outside the gateway).";
    }
}
