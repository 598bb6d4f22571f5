using Commerce.Api.Auth;
using Commerce.Api.Features.Common;
using Commerce.GraphQL.Server.Authorization;
using GraphQL;
using GraphQL.Types;

namespace Commerce.Api.Features.Dashboards;

/// <summary>Root field <c>dashboard(period:, compareTo:, currency:)</c>.</summary>
public static class DashboardQueries
{
    /// <summary>The currency a dashboard reports in when none is asked for: the demo shop's.</summary>
    public const string DefaultCurrency = "USD";

    public static void AddTo(ObjectGraphType query) =>
        query.Field<NonNullGraphType<DashboardType>>("dashboard")
            .Description("Sales analytics for a period: staff with `read:insights` see the whole shop; a vendor's users see the same figures for their own vendor's order lines.")
            .Argument<NonNullGraphType<DashboardPeriodInputType>>("period", "The days covered.")
            .Argument<DashboardComparisonType>("compareTo", "What growth is measured against; PREVIOUS_PERIOD when omitted.")
            .Argument<CurrencyCodeGraphType>("currency", $"Only orders in this currency count (amounts in different currencies are never added); {DefaultCurrency} when omitted.")
            .Resolve(ctx =>
            {
                var period = ctx.GetArgument<Dictionary<string, object?>>("period");
                var caller = ctx.Caller();
                // A vendor's user is always scoped to its vendor, whatever else the token carries.
                var vendorId = caller.VendorId is { } own ? own : caller.Has(Scopes.ReadInsights) ? (int?)null : throw Forbidden();
                return DashboardScope.Create(
                    (DateOnly)period["from"]!, (DateOnly)period["to"]!,
                    ctx.GetArgument("compareTo", DashboardComparison.PreviousPeriod),
                    ctx.GetArgument<string?>("currency") ?? DefaultCurrency,
                    vendorId);
            })
            .RequireScopes(Scopes.ReadInsights, Scopes.Vendor);

    private static ExecutionError Forbidden() => new Commerce.GraphQL.Server.Errors.GraphQLServerError(
        "The dashboard needs `read:insights`, or a vendor user's session.", AccessErrorCodes.Forbidden);
}
