using Commerce.Api.Features.Common;
using Commerce.GraphQL.Server.Cost;
using GraphQL.Types;

namespace Commerce.Api.Features.Vendors.Economics;

public sealed class EarningsTotalsType : ObjectGraphType<EarningsTotals>
{
    public EarningsTotalsType()
    {
        Name = "EarningsTotals";
        Description = "A vendor's earnings in one currency: gross − refunds − commission − fees = net.";
        Field<NonNullGraphType<CurrencyCodeGraphType>>("currencyCode").Description("The currency of every figure here.").Resolve(ctx => ctx.Source.Currency);
        Field<NonNullGraphType<MoneyType>>("gross").Description("Line totals of order lines paid in the period.").Resolve(ctx => ctx.Source.Gross);
        Field<NonNullGraphType<MoneyType>>("refunds").Description("Gross given back by refunds booked in the period (positive).").Resolve(ctx => ctx.Source.Refunds);
        Field<NonNullGraphType<MoneyType>>("commission").Description("Commission kept, net of what refunds reversed.").Resolve(ctx => ctx.Source.Commission);
        Field<NonNullGraphType<MoneyType>>("fees").Description("Fixed transaction fees.").Resolve(ctx => ctx.Source.Fees);
        Field<NonNullGraphType<MoneyType>>("net").Description("What the vendor earned: gross − refunds − commission − fees.").Resolve(ctx => ctx.Source.Net);
        Field(t => t.EntryCount).Description("How many ledger entries the figures sum.");
    }
}

public sealed class VendorEarningsSummaryType : ObjectGraphType<VendorEarningsSummary>
{
    public VendorEarningsSummaryType()
    {
        Name = "VendorEarnings";
        Description = "A vendor's earnings over a period, computed from its commission ledger (entries count by when the payment or refund was booked).";
        Field(s => s.From).Description("Start of the period, inclusive (UTC).");
        Field(s => s.To).Description("End of the period, exclusive (UTC).");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<EarningsTotalsType>>>>("totals").WithListSize(5)
            .Description("One entry per currency the vendor earned in; empty when nothing was booked.").Resolve(ctx => ctx.Source.Totals);
    }
}
