using Commerce.Api.Features.Common.Mutations;
using GraphQL.Types;

namespace Commerce.Api.Features.Identity;

public sealed class CreateVendorUserInputType : InputObjectGraphType<CreateVendorUserInput>
{
    public CreateVendorUserInputType()
    {
        Name = "CreateVendorUserInput";
        Description = "A new user of a vendor.";
        Field<NonNullGraphType<IdGraphType>>("vendorId").Description("The vendor the user acts for.");
        Field(i => i.Email).Description("Sign-in email; unique among vendor users.");
        Field(i => i.Name).Description("The user's name.");
        Field(i => i.Password).Description("Between 10 and 128 characters.");
    }
}

public sealed class CreateVendorUserPayloadType : PayloadGraphType<CreateVendorUserPayload>
{
    public CreateVendorUserPayloadType()
        : base("CreateVendorUserPayload", "The result of `createVendorUser`.")
    {
        Field<VendorUserType>("vendorUser").Description("The new user; null when refused.").Resolve(ctx => ctx.Source.VendorUser);
    }
}

public sealed class SignInVendorUserPayloadType : SessionPayloadGraphType<SignInVendorUserPayload>
{
    public SignInVendorUserPayloadType()
        : base("SignInVendorUserPayload", "The result of `signInVendorUser`: the user and a token pair carrying the `vendor` scope.")
    {
        Field<VendorUserType>("vendorUser").Description("The signed-in user; null when refused.").Resolve(ctx => ctx.Source.VendorUser);
    }
}
