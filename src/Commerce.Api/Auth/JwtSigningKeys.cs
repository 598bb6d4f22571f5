using System.Security.Cryptography;
using System.Text;
using Commerce.Domain.Identity;
using Commerce.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;

namespace Commerce.Api.Auth;

/// <summary>
/// The HS256 key access tokens are signed with: <c>Auth:Jwt:SigningKey</c> when configured, otherwise a random key
/// generated once and kept in the database, so restarts and every instance on the same database agree
/// (docs/decisions/0006).
/// </summary>
public sealed class JwtSigningKeys(IDbContextFactory<CommerceDbContext> contexts, TimeProvider clock, IOptions<AuthOptions> options)
{
    private const string SecretName = "jwt";
    private readonly SemaphoreSlim _gate = new(1, 1);
    private SymmetricSecurityKey? _key;

    public async ValueTask<SymmetricSecurityKey> GetAsync(CancellationToken cancellationToken)
    {
        if (_key is { } key)
        {
            return key;
        }

        await _gate.WaitAsync(cancellationToken);
        try
        {
            return _key ??= new SymmetricSecurityKey(await LoadAsync(cancellationToken));
        }
        finally
        {
            _gate.Release();
        }
    }

    private async Task<byte[]> LoadAsync(CancellationToken cancellationToken)
    {
        if (options.Value.Jwt.SigningKey is { Length: > 0 } configured)
        {
            var bytes = Encoding.UTF8.GetBytes(configured);
            return bytes.Length >= 32 ? bytes
                : throw new InvalidOperationException("Auth:Jwt:SigningKey must be at least 32 bytes long.");
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (await db.SigningSecrets.AsNoTracking().FirstOrDefaultAsync(s => s.Name == SecretName, cancellationToken) is { } stored)
        {
            return stored.Value;
        }

        db.SigningSecrets.Add(new SigningSecret { Name = SecretName, Value = RandomNumberGenerator.GetBytes(64), CreatedAt = clock.GetUtcNow().UtcDateTime });
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Another instance generated it first: use theirs.
        }

        await using var fresh = await contexts.CreateDbContextAsync(cancellationToken);
        return (await fresh.SigningSecrets.AsNoTracking().SingleAsync(s => s.Name == SecretName, cancellationToken)).Value;
    }
}
