using Commerce.Api.Features.Common;
using Commerce.Api.Features.Orders;
using Commerce.Api.Graph;
using Commerce.Domain.Orders;
using Commerce.Domain.Vendors.Economics;
using GraphQL.Types;

namespace Commerce.Api.Features.Vendors.Economics;

/// <summary>One entry of a vendor's commission ledger.</summary>
public sealed class VendorEarningType : ObjectGraphType<VendorEarning>
{
    public VendorEarningType()
    {
        Name = "VendorEarning";
        Description = "One entry of a vendor's commission ledger: an order line paid (SALE) or a refund reversing part of it (REFUND, negative amounts). Entries are never edited.";
        Field<NonNullGraphType<VendorEarningKindType>>("kind").Description("Sale or refund adjustment.").Resolve(ctx => ctx.Source.Kind);
        Field<NonNullGraphType<MoneyType>>("gross").Description("The line total the entry is about (negative for a refund).").Resolve(ctx => ctx.Source.Gross);
        Field(e => e.RateBasisPoints).Description("The commission rate applied, in basis points (1250 = 12.5%).");
        Field<NonNullGraphType<MoneyType>>("commission").Description("What the marketplace keeps (negative when a refund gives it back).").Resolve(ctx => ctx.Source.Commission);
        Field<NonNullGraphType<MoneyType>>("fee").Description("The fixed transaction fee booked on this entry (only on a vendor's first line of an order; never refunded).").Resolve(ctx => ctx.Source.Fee);
        Field<NonNullGraphType<MoneyType>>("net").Description("What the vendor is owed for the entry: gross − commission − fee.").Resolve(ctx => ctx.Source.Net);
        Field(e => e.RecordedAt).Description("When the payment or refund was booked (UTC); periods and payouts go by this time.");
        Field<NonNullGraphType<OrderLineType>>("orderLine").Description("The order line the entry is about.")
            .Resolve(ctx => ctx.LoadById<OrderLine>(ctx.Source.OrderLineId));
        Field<PayoutStatementType>("payoutStatement").Description("The payout statement that covers the entry; null while unpaid.")
            .Resolve(ctx => ctx.LoadById<PayoutStatement>(ctx.Source.PayoutStatementId));
    }
}
