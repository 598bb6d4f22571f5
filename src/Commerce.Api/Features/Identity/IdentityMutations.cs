using Commerce.Api.Auth;
using Commerce.Api.Features.Common.Mutations;
using Commerce.Api.Graph;
using Commerce.GraphQL.Server.Authorization;
using GraphQL.Types;

namespace Commerce.Api.Features.Identity;

/// <summary>Mutations: API keys, customer sign-up and sign-in, vendor users, token refresh and sign-out.</summary>
public static class IdentityMutations
{
    public static void AddTo(ObjectGraphType mutation)
    {
        mutation.MutationField<CreateApiKeyInputType, CreateApiKeyPayloadType, CreateApiKeyInput, CreateApiKeyPayload>("createApiKey",
            "Creates an API key and returns its secret, this once.",
            (ctx, input) => ctx.Loader<ApiKeyHandlers>().CreateAsync(input, ctx.CancellationToken)).RequireScopes(Scopes.Admin);
        mutation.MutationField<RevokeApiKeyInputType, RevokeApiKeyPayloadType, RevokeApiKeyInput, RevokeApiKeyPayload>("revokeApiKey",
            "Revokes an API key: requests with it fail from now on (on other instances within a minute).",
            (ctx, input) => ctx.Loader<ApiKeyHandlers>().RevokeAsync(input, ctx.CancellationToken)).RequireScopes(Scopes.Admin);

        mutation.MutationField<SignUpCustomerInputType, SignUpCustomerPayloadType, SignUpCustomerInput, SignUpCustomerPayload>("signUpCustomer",
            "Creates a customer account with a password.",
            (ctx, input) => ctx.Loader<SignUpCustomerHandler>().HandleAsync(input, ctx.CancellationToken)).AllowPublic();
        mutation.MutationField<SignInInputType, SignInCustomerPayloadType, SignInInput, SignInCustomerPayload>("signInCustomer",
            "Signs a customer in: returns an access token (role scope `customer`) and a refresh token.",
            (ctx, input) => ctx.Loader<SignInCustomerHandler>().HandleAsync(input, ctx.CancellationToken)).AllowPublic();

        mutation.MutationField<CreateVendorUserInputType, CreateVendorUserPayloadType, CreateVendorUserInput, CreateVendorUserPayload>("createVendorUser",
            "Creates a user who signs in to act for one vendor.",
            (ctx, input) => ctx.Loader<CreateVendorUserHandler>().HandleAsync(input, ctx.CancellationToken)).RequireScopes(Scopes.WriteVendors);
        mutation.MutationField<SignInInputType, SignInVendorUserPayloadType, SignInInput, SignInVendorUserPayload>("signInVendorUser",
            "Signs a vendor user in: returns an access token (role scope `vendor`, limited to their vendor) and a refresh token.",
            (ctx, input) => ctx.Loader<SignInVendorUserHandler>().HandleAsync(input, ctx.CancellationToken)).AllowPublic();

        mutation.MutationField<RefreshTokenInputType, RefreshAccessTokenPayloadType, RefreshTokenInput, RefreshAccessTokenPayload>("refreshAccessToken",
            "Trades a refresh token for a new token pair. Each refresh token works once; presenting a spent one signs out every session descended from the same sign-in.",
            (ctx, input) => ctx.Loader<SessionHandlers>().RefreshAsync(input, ctx.CancellationToken)).AllowPublic();
        mutation.MutationField<RefreshTokenInputType, SignOutPayloadType, RefreshTokenInput, SignOutPayload>("signOut",
            "Ends the session the refresh token belongs to: it and every token rotated from the same sign-in stop working.",
            (ctx, input) => ctx.Loader<SessionHandlers>().SignOutAsync(input, ctx.CancellationToken)).AllowPublic();
    }
}
