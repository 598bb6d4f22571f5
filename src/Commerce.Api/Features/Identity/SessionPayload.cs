using Commerce.Api.Auth;
using Commerce.Api.Features.Common.Mutations;
using GraphQL.Types;

namespace Commerce.Api.Features.Identity;

/// <summary>A payload that may carry a new token pair (sign-in, refresh).</summary>
public abstract class SessionPayload : MutationPayload
{
    public SessionTokens? Tokens { get; init; }
}

/// <summary>Adds <c>accessToken</c>, <c>accessTokenExpiresAt</c> and <c>refreshToken</c> to a session payload.</summary>
public abstract class SessionPayloadGraphType<TPayload> : PayloadGraphType<TPayload>
    where TPayload : SessionPayload
{
    protected SessionPayloadGraphType(string name, string description)
        : base(name, description)
    {
        Field<StringGraphType>("accessToken")
            .Description("Send as `Authorization: Bearer <token>`. Short-lived (15 minutes by default); null when refused.")
            .Resolve(ctx => ctx.Source.Tokens?.AccessToken);
        Field<DateTimeGraphType>("accessTokenExpiresAt").Description("When the access token stops working (UTC).")
            .Resolve(ctx => ctx.Source.Tokens?.AccessTokenExpiresAt);
        Field<StringGraphType>("refreshToken")
            .Description("Single-use: trade it for a new pair with `refreshAccessToken` before the access token expires. Keep it secret.")
            .Resolve(ctx => ctx.Source.Tokens?.RefreshToken);
    }
}
