using Commerce.Api.Features.Common;
using Commerce.Domain.Vendors.Economics;
using GraphQL.Types;

namespace Commerce.Api.Features.Vendors.Economics;

public sealed class CommissionTierType : ObjectGraphType<CommissionTier>
{
    public CommissionTierType()
    {
        Name = "CommissionTier";
        Description = "A volume tier: once the vendor's paid gross in a calendar month (UTC) reaches `monthlyGmvThreshold`, later orders that month use `rateBasisPoints` instead of the default rate. Category rates still win.";
        Field<NonNullGraphType<MoneyType>>("monthlyGmvThreshold").Description("Paid gross this month (in this currency) from which the tier applies.")
            .Resolve(ctx => ctx.Source.MonthlyGmvThreshold);
        Field(t => t.RateBasisPoints).Description("The tier's commission rate in basis points.");
    }
}

public sealed class CategoryCommissionRateType : ObjectGraphType<CategoryCommissionRate>
{
    public CategoryCommissionRateType()
    {
        Name = "CategoryCommissionRate";
        Description = "The commission rate for products of one category, for one vendor or (without a vendor) for all vendors.";
        Field<NonNullGraphType<IdGraphType>>("categoryId").Description("The category's id.")
            .Resolve(ctx => GraphQL.Server.Relay.GlobalId.Encode(Catalog.CategoryType.TypeName, ctx.Source.CategoryId));
        Field<IdGraphType>("vendorId").Description("The vendor the rate is for; null when it applies to every vendor.")
            .Resolve(ctx => ctx.Source.VendorId is { } id ? GraphQL.Server.Relay.GlobalId.Encode(VendorType.TypeName, id) : null);
        Field(r => r.RateBasisPoints).Description("The rate in basis points (1250 = 12.5%).");
    }
}
