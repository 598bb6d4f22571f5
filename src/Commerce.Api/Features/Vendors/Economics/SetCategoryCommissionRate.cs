using Commerce.Api.Features.Catalog;
using Commerce.Api.Features.Common.Mutations;
using Commerce.Domain.Catalog;
using Commerce.Domain.Vendors;
using Commerce.Domain.Vendors.Economics;
using Commerce.Infrastructure.Persistence;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;

namespace Commerce.Api.Features.Vendors.Economics;

public sealed class SetCategoryCommissionRateInput
{
    public string CategoryId { get; set; } = "";
    public string? VendorId { get; set; }
    public int? RateBasisPoints { get; set; }
}

public sealed class SetCategoryCommissionRateInputType : InputObjectGraphType<SetCategoryCommissionRateInput>
{
    public SetCategoryCommissionRateInputType()
    {
        Name = "SetCategoryCommissionRateInput";
        Description = "Sets or removes the commission rate of a category, for one vendor or for all. Applies to orders paid from now on.";
        Field<NonNullGraphType<IdGraphType>>("categoryId").Description("The category (its products directly, not its subcategories').");
        Field<IdGraphType>("vendorId").Description("The vendor the rate is for; leave out for a marketplace-wide rate (a vendor's own rate wins over it).");
        Field<IntGraphType>("rateBasisPoints").Description("The rate, 0 to 10000 basis points; null removes the rate.");
    }
}

public sealed class SetCategoryCommissionRatePayloadType() : EntityPayloadGraphType<CategoryCommissionRateType, CategoryCommissionRate>(
    "setCategoryCommissionRate", "categoryCommissionRate", "The rate as stored; also null when it was removed.");

/// <summary>Upserts (or with a null rate deletes) the rate for a (category, vendor or all vendors) pair.</summary>
public sealed class SetCategoryCommissionRateHandler(CommerceDbContext db, TimeProvider clock)
{
    public async Task<EntityPayload<CategoryCommissionRate>> HandleAsync(SetCategoryCommissionRateInput input, CancellationToken cancellationToken)
    {
        var errors = new InputErrors();
        var category = await db.LookupAsync<Category>(errors, input.CategoryId, CategoryType.TypeName, cancellationToken, "categoryId");
        var vendor = input.VendorId is null ? null : await db.LookupAsync<Vendor>(errors, input.VendorId, VendorType.TypeName, cancellationToken, "vendorId");
        if (input.RateBasisPoints is { } rate)
        {
            CommissionInput.Rate(errors, rate, "rateBasisPoints");
        }

        if (errors.Any)
        {
            return EntityPayload.Refused<CategoryCommissionRate>(errors);
        }

        var vendorId = vendor?.Id;
        var existing = await db.CategoryCommissionRates.SingleOrDefaultAsync(r => r.CategoryId == category!.Id && r.VendorId == vendorId, cancellationToken);
        if (input.RateBasisPoints is not { } basisPoints)
        {
            if (existing is not null)
            {
                db.CategoryCommissionRates.Remove(existing);
                await db.SaveChangesAsync(cancellationToken);
            }

            return new EntityPayload<CategoryCommissionRate>();
        }

        existing ??= db.CategoryCommissionRates.Add(new CategoryCommissionRate { CategoryId = category!.Id, VendorId = vendorId }).Entity;
        existing.RateBasisPoints = basisPoints;
        existing.UpdatedAt = clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(cancellationToken);
        return EntityPayload.Of(existing);
    }
}
