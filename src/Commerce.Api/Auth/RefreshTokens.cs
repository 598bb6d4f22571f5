using Commerce.Domain.Identity;
using Commerce.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Commerce.Api.Auth;

/// <summary>
/// Single-use refresh tokens with rotation: each refresh revokes the presented token and issues its successor in
/// the same family. A token presented after it was rotated (a copy is in someone else's hands) revokes the family.
/// </summary>
public sealed class RefreshTokens(IDbContextFactory<CommerceDbContext> contexts, TimeProvider clock, IOptions<AuthOptions> options)
{
    public const string Marker = "cgr_";

    /// <summary>Starts a family for a fresh sign-in.</summary>
    public async Task<string> IssueAsync(TokenSubject subject, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var (token, _) = Add(db, subject, Guid.NewGuid());
        await db.SaveChangesAsync(cancellationToken);
        return token;
    }

    /// <summary>Rotates <paramref name="token"/>; null when it is unknown, expired or revoked (reuse revokes its family).</summary>
    public async Task<(TokenSubject Subject, string Token)?> RotateAsync(string token, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var hash = SecretTokens.Hash(token);
        var row = await db.RefreshTokens.AsNoTracking().FirstOrDefaultAsync(t => t.TokenHash == hash, cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        if (row is null || row.ExpiresAt <= now)
        {
            return null;
        }

        // The conditional update makes two racing refreshes of one token count as reuse, not as two successors.
        var claimed = row.RevokedAt is null && await db.RefreshTokens
            .Where(t => t.Id == row.Id && t.RevokedAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(t => t.RevokedAt, now), cancellationToken) == 1;
        if (!claimed)
        {
            await RevokeFamilyAsync(db, row.FamilyId, now, cancellationToken);
            return null;
        }

        var subject = new TokenSubject(row.CustomerId, row.VendorUserId);
        var (next, entity) = Add(db, subject, row.FamilyId);
        await db.SaveChangesAsync(cancellationToken);
        await db.RefreshTokens.Where(t => t.Id == row.Id)
            .ExecuteUpdateAsync(s => s.SetProperty(t => t.ReplacedById, entity.Id), cancellationToken);
        return (subject, next);
    }

    /// <summary>Revokes every token of <paramref name="token"/>'s family; false when the token is unknown.</summary>
    public async Task<bool> RevokeFamilyAsync(string token, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var hash = SecretTokens.Hash(token);
        var familyId = await db.RefreshTokens.Where(t => t.TokenHash == hash).Select(t => (Guid?)t.FamilyId).FirstOrDefaultAsync(cancellationToken);
        if (familyId is null)
        {
            return false;
        }

        await RevokeFamilyAsync(db, familyId.Value, clock.GetUtcNow().UtcDateTime, cancellationToken);
        return true;
    }

    private static Task<int> RevokeFamilyAsync(CommerceDbContext db, Guid familyId, DateTime now, CancellationToken cancellationToken) =>
        db.RefreshTokens.Where(t => t.FamilyId == familyId && t.RevokedAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(t => t.RevokedAt, now), cancellationToken);

    private (string Token, RefreshToken Entity) Add(CommerceDbContext db, TokenSubject subject, Guid familyId)
    {
        var token = Marker + SecretTokens.Random();
        var now = clock.GetUtcNow().UtcDateTime;
        var entity = new RefreshToken
        {
            TokenHash = SecretTokens.Hash(token),
            CustomerId = subject.CustomerId,
            VendorUserId = subject.VendorUserId,
            FamilyId = familyId,
            CreatedAt = now,
            ExpiresAt = now + options.Value.RefreshTokenLifetime,
        };
        db.RefreshTokens.Add(entity);
        return (token, entity);
    }
}

/// <summary>Who a refresh token was issued to: a customer or a vendor user.</summary>
public sealed record TokenSubject(int? CustomerId, int? VendorUserId);
