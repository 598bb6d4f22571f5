using Commerce.Api.Auth;
using Commerce.Api.Features.Common;
using Commerce.Api.Graph;
using Commerce.Domain.Vendors;
using Commerce.Domain.Vendors.Economics;
using Commerce.GraphQL.Server.Authorization;
using Commerce.GraphQL.Server.Paging;
using Commerce.GraphQL.Server.Relay;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;

namespace Commerce.Api.Features.Vendors.Economics;

/// <summary>The graph's view of a <see cref="PayoutStatement"/>.</summary>
public sealed class PayoutStatementType : ObjectGraphType<PayoutStatement>
{
    public const string TypeName = "PayoutStatement";

    public PayoutStatementType()
    {
        Name = TypeName;
        Description = "What the marketplace owes a vendor for one period and currency: the earning entries of the period no earlier statement covered. For staff (`read:vendors`) and the vendor's own users.";
        this.ImplementsNode(TypeName, s => s.Id);
        this.RequireScopes(Scopes.ReadVendors, Scopes.Vendor);
        Field<NonNullGraphType<VendorType>>("vendor").Description("The vendor paid.").Resolve(ctx => ctx.LoadById<Vendor>(ctx.Source.VendorId));
        Field<NonNullGraphType<PayoutPeriodType>>("period").Description("Weekly or monthly.").Resolve(ctx => ctx.Source.Period);
        Field(s => s.PeriodStart).Description("Start of the period, inclusive (UTC).");
        Field(s => s.PeriodEnd).Description("End of the period, exclusive (UTC).");
        Field<NonNullGraphType<PayoutStatusType>>("status").Description("PENDING until markPayoutPaid.").Resolve(ctx => ctx.Source.Status);
        Field(s => s.LineCount).Description("How many earning entries the statement covers.");
        Field<NonNullGraphType<MoneyType>>("gross").Description("Sum of the entries' gross (sales minus refunds).").Resolve(ctx => ctx.Source.Gross);
        Field<NonNullGraphType<MoneyType>>("commission").Description("Sum of the entries' commission.").Resolve(ctx => ctx.Source.Commission);
        Field<NonNullGraphType<MoneyType>>("fees").Description("Sum of the entries' fixed fees.").Resolve(ctx => ctx.Source.Fee);
        Field<NonNullGraphType<MoneyType>>("net").Description("What is paid to the vendor: gross − commission − fees (negative when refunds outweigh sales).").Resolve(ctx => ctx.Source.Net);
        Field(s => s.PaymentReference, nullable: true).Description("The transfer's reference, once paid.");
        Field(s => s.CreatedAt).Description("When the statement was created (UTC).");
        Field(s => s.PaidAt, nullable: true).Description("When it was marked paid (UTC).");
        this.Connection<VendorEarningType, VendorEarning>("lines", "The earning entries the statement covers.", Ordering<VendorEarning>.By("id", e => e.Id))
            .Resolve((ctx, scope) =>
            {
                var statementId = ((PayoutStatement)ctx.Source!).Id;
                return scope.Db(ctx).VendorEarnings.AsNoTracking().Where(e => e.PayoutStatementId == statementId);
            });
    }
}
