using System.Linq.Expressions;
using Commerce.Api.Features.Common.Loading;
using Commerce.Domain.Quotes;
using Commerce.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Commerce.Api.Features.Quotes;

/// <summary>The lines of many quote revisions in one query, in line order.</summary>
public sealed class QuoteRevisionLinesByRevisionIdLoader(IDbContextFactory<CommerceDbContext> contexts)
    : EntitiesByForeignKeyLoader<QuoteRevisionLine>(contexts)
{
    protected override Expression<Func<QuoteRevisionLine, int>> ForeignKey => l => l.QuoteRevisionId;
}
