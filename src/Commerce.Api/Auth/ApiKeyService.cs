using System.Collections.Concurrent;
using System.Security.Claims;
using System.Security.Cryptography;
using Commerce.Domain.Identity;
using Commerce.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Commerce.Api.Auth;

/// <summary>
/// Creates, revokes and checks API keys. Checked keys are kept in memory for <see cref="AuthOptions.ApiKeyCacheDuration"/>
/// (the graph serves many requests per second; a database read per request would be a large tax), and
/// <c>LastUsedAt</c> is written at most once a minute per key.
/// </summary>
public sealed class ApiKeyService(IDbContextFactory<CommerceDbContext> contexts, TimeProvider clock, IOptions<AuthOptions> options)
{
    private static readonly TimeSpan LastUsedResolution = TimeSpan.FromMinutes(1);
    private readonly ConcurrentDictionary<string, CachedKey> _cache = new(StringComparer.Ordinal);

    public async Task<(ApiKey ApiKey, string Secret)> CreateAsync(string name, IEnumerable<string> scopes, CancellationToken cancellationToken)
    {
        var (key, prefix) = ApiKeyFormat.Generate();
        var apiKey = new ApiKey
        {
            Name = name.Trim(),
            Prefix = prefix,
            SecretHash = SecretTokens.Hash(key),
            Scopes = scopes.Distinct(StringComparer.Ordinal).ToList(),
            CreatedAt = clock.GetUtcNow().UtcDateTime,
        };
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        db.ApiKeys.Add(apiKey);
        await db.SaveChangesAsync(cancellationToken);
        return (apiKey, key);
    }

    /// <summary>Revokes the key (idempotent); null when there is no such key.</summary>
    public async Task<ApiKey?> RevokeAsync(int id, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var apiKey = await db.ApiKeys.FirstOrDefaultAsync(k => k.Id == id, cancellationToken);
        if (apiKey is null)
        {
            return null;
        }

        apiKey.RevokedAt ??= clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(cancellationToken);
        _cache.TryRemove(apiKey.Prefix, out _);
        return apiKey;
    }

    /// <summary>
    /// The key's principal when <paramref name="key"/> is a live key; null otherwise. The principal is built once per
    /// cached key and shared by its requests (nothing mutates it), which keeps per-request authentication to a hash
    /// and a dictionary lookup.
    /// </summary>
    public async Task<ClaimsPrincipal?> AuthenticateAsync(string key, CancellationToken cancellationToken)
    {
        if (!ApiKeyFormat.TryGetPrefix(key, out var prefix))
        {
            return null;
        }

        var now = clock.GetUtcNow();
        if (!_cache.TryGetValue(prefix, out var cached) || cached.ExpiresAt <= now)
        {
            cached = await LoadAsync(prefix, now, cancellationToken);
            if (cached is null)
            {
                return null;
            }
        }

        if (!CryptographicOperations.FixedTimeEquals(SecretTokens.Hash(key), cached.SecretHash) || cached.Revoked)
        {
            return null;
        }

        await TouchAsync(cached, now, cancellationToken);
        return cached.Principal;
    }

    private async Task<CachedKey?> LoadAsync(string prefix, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var row = await db.ApiKeys.AsNoTracking().FirstOrDefaultAsync(k => k.Prefix == prefix, cancellationToken);
        if (row is null)
        {
            return null;
        }

        var lastUsed = row.LastUsedAt is { } at ? new DateTimeOffset(at, TimeSpan.Zero).UtcTicks : 0;
        var cached = new CachedKey(row.Id, row.SecretHash, row.Scopes, row.IsRevoked, now + options.Value.ApiKeyCacheDuration, lastUsed);
        _cache[prefix] = cached;
        return cached;
    }

    private async Task TouchAsync(CachedKey cached, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var last = Interlocked.Read(ref cached.LastUsedTicks);
        if (now.UtcTicks - last < LastUsedResolution.Ticks
            || Interlocked.CompareExchange(ref cached.LastUsedTicks, now.UtcTicks, last) != last)
        {
            return;
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var at = now.UtcDateTime;
        await db.ApiKeys.Where(k => k.Id == cached.Id).ExecuteUpdateAsync(s => s.SetProperty(k => k.LastUsedAt, at), cancellationToken);
    }

    private sealed class CachedKey(int id, byte[] secretHash, IReadOnlyList<string> scopes, bool revoked, DateTimeOffset expiresAt, long lastUsedTicks)
    {
        public long LastUsedTicks = lastUsedTicks;

        public int Id { get; } = id;
        public byte[] SecretHash { get; } = secretHash;
        public IReadOnlyList<string> Scopes { get; } = scopes;
        public bool Revoked { get; } = revoked;
        public DateTimeOffset ExpiresAt { get; } = expiresAt;

        public ClaimsPrincipal Principal { get; } = CallerPrincipal.Create(CallerPrincipal.ForApiKey(id, scopes));
    }
}
