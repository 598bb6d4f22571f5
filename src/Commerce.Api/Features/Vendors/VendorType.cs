using Commerce.Api.Auth;
using Commerce.Api.Features.Catalog;
using Commerce.Domain.Vendors;
using Commerce.GraphQL.Server.Authorization;
using Commerce.GraphQL.Server.Relay;
using GraphQL.Types;

namespace Commerce.Api.Features.Vendors;

/// <summary>The graph's view of a <see cref="Vendor"/>. Other features add the vendor's products and order lines.</summary>
public sealed class VendorType : ObjectGraphType<Vendor>
{
    public const string TypeName = "Vendor";

    public VendorType()
    {
        Name = TypeName;
        Description = "A seller on the marketplace. Vendors own products, and each order line is attributed to the vendor of its product.";
        this.ImplementsNode(TypeName, v => v.Id);
        Field(v => v.Name).Description("The vendor's trading name.");
        Field(v => v.Slug).Description("URL-safe unique handle of the vendor.");
        Field<NonNullGraphType<StringGraphType>>("email")
            .Description("Contact email of the vendor. For staff (`read:vendors`) and the vendor's own users.")
            .Resolve(ctx => VendorVisibility.EnsureOwnOrStaff(ctx, ctx.Source, Scopes.ReadVendors).Email)
            .RequireScopes(Scopes.ReadVendors, Scopes.Vendor);
        Field<NonNullGraphType<VendorStatusType>>("status").Description("Whether the vendor may sell.").Resolve(ctx => ctx.Source.Status);
        Field<NonNullGraphType<IntGraphType>>("defaultCommissionRateBasisPoints")
            .Description("The commission the marketplace keeps by default, in basis points (1250 = 12.5%). For staff (`read:vendors`) and the vendor's own users.")
            .Resolve(ctx => VendorVisibility.EnsureOwnOrStaff(ctx, ctx.Source, Scopes.ReadVendors).DefaultCommissionRateBasisPoints)
            .RequireScopes(Scopes.ReadVendors, Scopes.Vendor);
        Field(v => v.CreatedAt).Description("When the vendor registered (UTC).");
        Field(v => v.UpdatedAt).Description("When the vendor was last changed (UTC).");
        Orders.VendorOrderLines.AddTo(this);
        Economics.VendorEconomicsFields.AddTo(this);
        this.AddProductsConnection("The vendor's products.", (vendor, products) => products.Where(p => p.VendorId == vendor.Id));
    }
}
