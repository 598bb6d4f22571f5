using Commerce.Api.Features.Vendors;
using Commerce.Api.Graph;
using Commerce.Domain.Identity;
using Commerce.Domain.Vendors;
using Commerce.GraphQL.Server.Relay;
using GraphQL.Types;

namespace Commerce.Api.Features.Identity;

/// <summary>
/// A vendor's user. Deliberately not a <c>Node</c>: <c>node(id:)</c> would let any caller allowed to refetch nodes
/// read another vendor's staff emails; it is only reachable through the fields that create or sign one in.
/// </summary>
public sealed class VendorUserType : ObjectGraphType<VendorUser>
{
    public const string TypeName = "VendorUser";

    public VendorUserType()
    {
        Name = TypeName;
        Description = "A person who signs in to act for one vendor.";
        Field<NonNullGraphType<IdGraphType>>("id").Description("The vendor user's global ID.").GlobalId(TypeName, u => u.Id);
        Field(u => u.Email).Description("The user's unique sign-in email, lower-case.");
        Field(u => u.Name).Description("The user's name.");
        Field(u => u.CreatedAt).Description("When the user was created (UTC).");
        Field(u => u.DisabledAt, nullable: true).Description("When the user was disabled (UTC); null while they can sign in.");
        Field<NonNullGraphType<VendorType>>("vendor").Description("The vendor the user acts for.")
            .Resolve(ctx => ctx.LoadById<Vendor>(ctx.Source.VendorId));
    }
}
