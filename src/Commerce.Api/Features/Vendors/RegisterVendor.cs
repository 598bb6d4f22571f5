using Commerce.Api.Features.Common.Mutations;
using Commerce.Domain.Vendors;
using Commerce.Infrastructure.Persistence;
using Commerce.Infrastructure.Persistence.Configurations;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;

namespace Commerce.Api.Features.Vendors;

public sealed class RegisterVendorInput
{
    public string Name { get; set; } = "";
    public string? Slug { get; set; }
    public string Email { get; set; } = "";
    public int DefaultCommissionRateBasisPoints { get; set; }
}

public sealed class RegisterVendorInputType : InputObjectGraphType<RegisterVendorInput>
{
    public RegisterVendorInputType()
    {
        Name = "RegisterVendorInput";
        Description = "A new vendor. It starts PENDING and may sell once approved.";
        Field<NonNullGraphType<StringGraphType>>("name").Description("The vendor's trading name.");
        Field<StringGraphType>("slug").Description("URL-safe unique handle; derived from the name when left out.");
        Field<NonNullGraphType<StringGraphType>>("email").Description("Contact email; stored lower-case.");
        Field<NonNullGraphType<IntGraphType>>("defaultCommissionRateBasisPoints").DefaultValue(0)
            .Description("The commission the marketplace keeps by default, in basis points from 0 to 10000 (1250 = 12.5%).");
    }
}

public sealed class RegisterVendorPayloadType() : EntityPayloadGraphType<VendorType, Vendor>("registerVendor", "vendor", "The registered vendor.");

/// <summary>Registers a vendor as PENDING. Refuses a taken slug, a bad email or an out-of-range commission.</summary>
public sealed class RegisterVendorHandler(CommerceDbContext db, TimeProvider clock)
{
    public async Task<EntityPayload<Vendor>> HandleAsync(RegisterVendorInput input, CancellationToken cancellationToken)
    {
        var errors = new InputErrors();
        var name = errors.Text(input.Name, ColumnLengths.Name, required: true, "name");
        var slug = errors.Slug(input.Slug, name, "slug");
        var email = errors.Email(input.Email, "email");
        Economics.CommissionInput.Rate(errors, input.DefaultCommissionRateBasisPoints, "defaultCommissionRateBasisPoints");

        if (slug is not null && await db.Vendors.AnyAsync(v => v.Slug == slug, cancellationToken))
        {
            errors.Add(UserErrorCode.AlreadyExists, $"The slug \"{slug}\" is taken by another vendor.", "slug");
        }

        if (errors.Any)
        {
            return EntityPayload.Refused<Vendor>(errors);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var vendor = new Vendor
        {
            Name = name!, Slug = slug!, Email = email!, Status = VendorStatus.Pending,
            DefaultCommissionRateBasisPoints = input.DefaultCommissionRateBasisPoints, CreatedAt = now, UpdatedAt = now,
        };
        db.Vendors.Add(vendor);
        await db.SaveChangesAsync(cancellationToken);
        return EntityPayload.Of(vendor);
    }
}
