using Commerce.Domain.Payments;
using GraphQL.Types;

namespace Commerce.Api.Features.Payments;

/// <summary>Exposes <see cref="PaymentTransactionStatus"/> with SCREAMING_CASE values.</summary>
public sealed class PaymentTransactionStatusType : EnumerationGraphType<PaymentTransactionStatus>
{
    public PaymentTransactionStatusType()
    {
        Name = "PaymentTransactionStatus";
        Description = "The provider's answer to a payment ledger entry: PENDING, SUCCEEDED or FAILED.";
    }
}
