using Commerce.Api.Features.Common;
using Commerce.Api.Features.Common.Mutations;
using Commerce.Domain.Vendors;
using Commerce.Domain.Vendors.Economics;
using Commerce.Infrastructure.Persistence;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;

namespace Commerce.Api.Features.Vendors.Economics;

public sealed class SetVendorCommissionInput
{
    public string VendorId { get; set; } = "";
    public int DefaultCommissionRateBasisPoints { get; set; }
    public long TransactionFeeMinorUnits { get; set; }
    public List<CommissionTierInput> Tiers { get; set; } = [];
}

public sealed class CommissionTierInput
{
    public MoneyInput MonthlyGmvThreshold { get; set; } = new();
    public int RateBasisPoints { get; set; }
}

public sealed class CommissionTierInputType : InputObjectGraphType<CommissionTierInput>
{
    public CommissionTierInputType()
    {
        Name = "CommissionTierInput";
        Description = "A volume tier: from this paid gross in a calendar month (UTC), in its currency, the rate applies.";
        Field<NonNullGraphType<MoneyInputType>>("monthlyGmvThreshold").Description("Paid gross this month from which the tier applies.");
        Field<NonNullGraphType<IntGraphType>>("rateBasisPoints").Description("The tier's rate, 0 to 10000 basis points.");
    }
}

public sealed class SetVendorCommissionInputType : InputObjectGraphType<SetVendorCommissionInput>
{
    public SetVendorCommissionInputType()
    {
        Name = "SetVendorCommissionInput";
        Description = "A vendor's whole commission plan; it replaces the previous one and applies to orders paid from now on.";
        Field<NonNullGraphType<IdGraphType>>("vendorId").Description("The vendor's id.");
        Field<NonNullGraphType<IntGraphType>>("defaultCommissionRateBasisPoints").Description("Default rate, 0 to 10000 basis points.");
        Field<NonNullGraphType<LongGraphType>>("transactionFeeMinorUnits").DefaultValue(0L)
            .Description("Fixed fee per paid order in minor units of the order's currency (30 = 0.30 USD), not negative.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CommissionTierInputType>>>>("tiers").DefaultValue(new List<CommissionTierInput>())
            .Description("Volume tiers; thresholds must differ within a currency. An empty list removes all tiers.");
    }
}

public sealed class SetVendorCommissionPayloadType() : EntityPayloadGraphType<VendorType, Vendor>("setVendorCommission", "vendor", "The vendor with its new plan.");

/// <summary>Replaces a vendor's default rate, fixed fee and volume tiers in one step.</summary>
public sealed class SetVendorCommissionHandler(CommerceDbContext db, TimeProvider clock)
{
    public async Task<EntityPayload<Vendor>> HandleAsync(SetVendorCommissionInput input, CancellationToken cancellationToken)
    {
        var errors = new InputErrors();
        var vendor = await db.LookupAsync<Vendor>(errors, input.VendorId, VendorType.TypeName, cancellationToken, "vendorId");
        CommissionInput.Rate(errors, input.DefaultCommissionRateBasisPoints, "defaultCommissionRateBasisPoints");
        if (input.TransactionFeeMinorUnits < 0)
        {
            errors.Invalid("Must not be negative.", "transactionFeeMinorUnits");
        }

        var tiers = new List<CommissionTier>();
        for (var i = 0; i < input.Tiers.Count; i++)
        {
            var path = new[] { "tiers", i.ToString(System.Globalization.CultureInfo.InvariantCulture) };
            CommissionInput.Rate(errors, input.Tiers[i].RateBasisPoints, [.. path, "rateBasisPoints"]);
            if (errors.Money(input.Tiers[i].MonthlyGmvThreshold, null, [.. path, "monthlyGmvThreshold"]) is not { } threshold)
            {
                continue;
            }

            if (tiers.Any(t => t.Currency == threshold.Currency && t.MonthlyGmvThresholdMinorUnits == threshold.MinorUnits))
            {
                errors.Invalid("Another tier has the same threshold.", [.. path, "monthlyGmvThreshold"]);
            }

            tiers.Add(new CommissionTier { Currency = threshold.Currency, MonthlyGmvThresholdMinorUnits = threshold.MinorUnits, RateBasisPoints = input.Tiers[i].RateBasisPoints });
        }

        if (errors.Any)
        {
            return EntityPayload.Refused<Vendor>(errors);
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.CommissionTiers.Where(t => t.VendorId == vendor!.Id).ExecuteDeleteAsync(cancellationToken);
        tiers.ForEach(t => t.VendorId = vendor!.Id);
        db.CommissionTiers.AddRange(tiers);
        vendor!.DefaultCommissionRateBasisPoints = input.DefaultCommissionRateBasisPoints;
        vendor.TransactionFeeMinorUnits = input.TransactionFeeMinorUnits;
        vendor.UpdatedAt = clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return EntityPayload.Of(vendor);
    }
}
