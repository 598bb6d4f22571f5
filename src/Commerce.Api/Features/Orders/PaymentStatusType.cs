using Commerce.Domain.Orders;
using GraphQL.Types;

namespace Commerce.Api.Features.Orders;

/// <summary>Exposes <see cref="PaymentStatus"/> with SCREAMING_CASE values.</summary>
public sealed class PaymentStatusType : EnumerationGraphType<PaymentStatus>
{
    public PaymentStatusType()
    {
        Name = "PaymentStatus";
        Description = "The order's payment facet, derived from its payment ledger: from PENDING through AUTHORIZED and PAID to (PARTIALLY_)REFUNDED, or VOIDED/FAILED.";
    }
}
