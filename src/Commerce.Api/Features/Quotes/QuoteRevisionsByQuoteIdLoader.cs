using System.Linq.Expressions;
using Commerce.Api.Features.Common.Loading;
using Commerce.Domain.Quotes;
using Commerce.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Commerce.Api.Features.Quotes;

/// <summary>
/// The revisions of many quotes in one query, ordered by revision number. <c>revisions</c>, <c>latestRevision</c>,
/// <c>revisionCount</c> and <c>diff</c> all read this one cached result.
/// </summary>
public sealed class QuoteRevisionsByQuoteIdLoader(IDbContextFactory<CommerceDbContext> contexts) : EntitiesByForeignKeyLoader<QuoteRevision>(contexts)
{
    protected override Expression<Func<QuoteRevision, int>> ForeignKey => r => r.QuoteId;

    protected override IQueryable<QuoteRevision> OrderGroup(IQueryable<QuoteRevision> query) => query.OrderBy(r => r.QuoteId).ThenBy(r => r.Number);
}
