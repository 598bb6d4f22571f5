using Commerce.Api.Auth;
using Commerce.Api.Features.Common.Mutations;

namespace Commerce.Api.Features.Identity;

public sealed class RefreshTokenInput
{
    public string RefreshToken { get; set; } = "";
}

public sealed class RefreshAccessTokenPayload : SessionPayload;

public sealed class SignOutPayload : MutationPayload;

/// <summary><c>refreshAccessToken</c> (rotate the refresh token, issue a new access token) and <c>signOut</c>.</summary>
public sealed class SessionHandlers(Sessions sessions, RefreshTokens refreshTokens)
{
    public async Task<RefreshAccessTokenPayload> RefreshAsync(RefreshTokenInput input, CancellationToken cancellationToken) =>
        await sessions.RefreshAsync(input.RefreshToken, cancellationToken) is { } tokens
            ? new RefreshAccessTokenPayload { Tokens = tokens }
            : new RefreshAccessTokenPayload { UserErrors = [InvalidToken()] };

    public async Task<SignOutPayload> SignOutAsync(RefreshTokenInput input, CancellationToken cancellationToken) =>
        await refreshTokens.RevokeFamilyAsync(input.RefreshToken, cancellationToken)
            ? new SignOutPayload()
            : new SignOutPayload { UserErrors = [InvalidToken()] };

    private static UserError InvalidToken() =>
        UserError.At(UserErrorCode.InvalidToken, "The refresh token is not valid; sign in again.", "refreshToken");
}
