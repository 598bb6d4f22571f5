using Commerce.Domain.Vendors.Economics;
using GraphQL.Types;

namespace Commerce.Api.Features.Vendors.Economics;

/// <summary>Exposes <see cref="VendorEarningKind"/>.</summary>
public sealed class VendorEarningKindType : EnumerationGraphType<VendorEarningKind>
{
    public VendorEarningKindType()
    {
        Name = "VendorEarningKind";
        Description = "Why an earning entry exists: SALE (an order line paid) or REFUND (a refund reversing part of a sale).";
    }
}

/// <summary>Exposes <see cref="PayoutStatus"/>.</summary>
public sealed class PayoutStatusType : EnumerationGraphType<PayoutStatus>
{
    public PayoutStatusType()
    {
        Name = "PayoutStatus";
        Description = "Whether a payout statement is still owed (PENDING) or was transferred (PAID).";
    }
}

/// <summary>Exposes <see cref="PayoutPeriod"/>.</summary>
public sealed class PayoutPeriodType : EnumerationGraphType<PayoutPeriod>
{
    public PayoutPeriodType()
    {
        Name = "PayoutPeriod";
        Description = "The length of a payout statement's period, in UTC: WEEKLY (an ISO week, Monday to Sunday) or MONTHLY (a calendar month).";
    }
}
