using System.Security.Claims;
using Commerce.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Commerce.Api.Auth;

/// <summary>A signed-in session's token pair: a short-lived access token and the refresh token that renews it.</summary>
public sealed record SessionTokens(string AccessToken, DateTime AccessTokenExpiresAt, string RefreshToken);

/// <summary>Starts sessions at sign-in and renews them from refresh tokens.</summary>
public sealed class Sessions(AccessTokens accessTokens, RefreshTokens refreshTokens, IDbContextFactory<CommerceDbContext> contexts)
{
    public async Task<SessionTokens> StartAsync(TokenSubject subject, IEnumerable<Claim> claims, CancellationToken cancellationToken)
    {
        var (access, expiresAt) = await accessTokens.IssueAsync(claims, cancellationToken);
        return new SessionTokens(access, expiresAt, await refreshTokens.IssueAsync(subject, cancellationToken));
    }

    /// <summary>A new token pair, or null when the refresh token is not live or its user can no longer sign in.</summary>
    public async Task<SessionTokens?> RefreshAsync(string refreshToken, CancellationToken cancellationToken)
    {
        if (await refreshTokens.RotateAsync(refreshToken, cancellationToken) is not { } rotated)
        {
            return null;
        }

        var claims = await ClaimsForAsync(rotated.Subject, cancellationToken);
        if (claims is null)
        {
            await refreshTokens.RevokeFamilyAsync(rotated.Token, cancellationToken);
            return null;
        }

        var (access, expiresAt) = await accessTokens.IssueAsync(claims, cancellationToken);
        return new SessionTokens(access, expiresAt, rotated.Token);
    }

    private async Task<List<Claim>?> ClaimsForAsync(TokenSubject subject, CancellationToken cancellationToken)
    {
        if (subject.CustomerId is { } customerId)
        {
            return CallerPrincipal.ForCustomer(customerId);
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var user = await db.VendorUsers.AsNoTracking().FirstOrDefaultAsync(u => u.Id == subject.VendorUserId, cancellationToken);
        return user is { DisabledAt: null } ? CallerPrincipal.ForVendorUser(user.Id, user.VendorId) : null;
    }
}
