using Microsoft.EntityFrameworkCore;

namespace Commerce.Infrastructure.Persistence;

/// <summary>
/// Exposes the pooled factory of the configured provider's context as a factory of <see cref="CommerceDbContext"/>,
/// so callers never need to know which provider is in use.
/// </summary>
internal sealed class CommerceDbContextFactory<TContext>(IDbContextFactory<TContext> inner)
    : IDbContextFactory<CommerceDbContext>
    where TContext : CommerceDbContext
{
    public CommerceDbContext CreateDbContext() => inner.CreateDbContext();

    public async Task<CommerceDbContext> CreateDbContextAsync(CancellationToken cancellationToken = default) =>
        await inner.CreateDbContextAsync(cancellationToken);
}
