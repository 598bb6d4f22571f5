using Commerce.Api.Features.Common.Mutations;
using Commerce.Api.Features.Customers;
using Commerce.GraphQL.Server.Relay;
using GraphQL.Types;

namespace Commerce.Api.Features.Identity;

public sealed class SignUpCustomerInputType : InputObjectGraphType<SignUpCustomerInput>
{
    public SignUpCustomerInputType()
    {
        Name = "SignUpCustomerInput";
        Description = "A new customer account.";
        Field(i => i.Email).Description("Sign-in email; must not belong to an existing customer.");
        Field(i => i.Password).Description("Between 10 and 128 characters.");
        Field(i => i.FirstName).Description("First name.");
        Field(i => i.LastName).Description("Last name.");
    }
}

public sealed class SignUpCustomerPayloadType : PayloadGraphType<SignUpCustomerPayload>
{
    public SignUpCustomerPayloadType()
        : base("SignUpCustomerPayload", "The result of `signUpCustomer`; sign in with `signInCustomer` next.")
    {
        // An id, not the Customer: the caller is still anonymous, and Customer data needs the customer's own token.
        Field<IdGraphType>("customerId").Description("The new customer's ID; null when refused. Sign in to read the account (`me`).")
            .Resolve(ctx => ctx.Source.Customer is { } c ? GlobalId.Encode(CustomerType.TypeName, c.Id) : null);
    }
}

/// <summary>Email and password, for both kinds of sign-in.</summary>
public sealed class SignInInputType : InputObjectGraphType<SignInInput>
{
    public SignInInputType()
    {
        Name = "SignInInput";
        Description = "Email and password.";
        Field(i => i.Email).Description("The account's email (case-insensitive).");
        Field(i => i.Password).Description("The account's password.");
    }
}

public sealed class SignInCustomerPayloadType : SessionPayloadGraphType<SignInCustomerPayload>
{
    public SignInCustomerPayloadType()
        : base("SignInCustomerPayload", "The result of `signInCustomer`: a token pair and the customer's ID.")
    {
        Field<IdGraphType>("customerId").Description("The signed-in customer's ID; null when refused. Read the account with `me` and the new access token.")
            .Resolve(ctx => ctx.Source.Customer is { } c ? GlobalId.Encode(CustomerType.TypeName, c.Id) : null);
    }
}

public sealed class RefreshTokenInputType : InputObjectGraphType<RefreshTokenInput>
{
    public RefreshTokenInputType()
    {
        Name = "RefreshTokenInput";
        Description = "A refresh token from a sign-in or an earlier refresh.";
        Field(i => i.RefreshToken).Description("The refresh token.");
    }
}

public sealed class RefreshAccessTokenPayloadType : SessionPayloadGraphType<RefreshAccessTokenPayload>
{
    public RefreshAccessTokenPayloadType()
        : base("RefreshAccessTokenPayload", "The result of `refreshAccessToken`: a new token pair; the old refresh token is spent.")
    {
    }
}

public sealed class SignOutPayloadType : PayloadGraphType<SignOutPayload>
{
    public SignOutPayloadType()
        : base("SignOutPayload", "The result of `signOut`. Access tokens already issued keep working until they expire (15 minutes by default).")
    {
    }
}
