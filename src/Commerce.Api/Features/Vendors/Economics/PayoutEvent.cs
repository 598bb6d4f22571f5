using Commerce.Domain.Vendors.Economics;
using Commerce.GraphQL.Server.Relay;

namespace Commerce.Api.Features.Vendors.Economics;

/// <summary>The outbox payload of vendor.payout.* events: the statement's ids, status and totals.</summary>
public static class PayoutEvent
{
    public static object Data(PayoutStatement statement) => new
    {
        id = GlobalId.Encode(PayoutStatementType.TypeName, statement.Id),
        vendorId = GlobalId.Encode(VendorType.TypeName, statement.VendorId),
        period = statement.Period.ToString(),
        statement.PeriodStart,
        statement.PeriodEnd,
        status = statement.Status.ToString(),
        statement.Currency,
        lineCount = statement.LineCount,
        netMinorUnits = statement.NetMinorUnits,
        statement.PaymentReference,
    };
}
