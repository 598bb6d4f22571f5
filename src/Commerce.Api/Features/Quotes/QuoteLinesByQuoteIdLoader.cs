using System.Linq.Expressions;
using Commerce.Api.Features.Common.Loading;
using Commerce.Domain.Quotes;
using Commerce.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Commerce.Api.Features.Quotes;

/// <summary>The requested lines of many quotes in one query, in line order.</summary>
public sealed class QuoteLinesByQuoteIdLoader(IDbContextFactory<CommerceDbContext> contexts) : EntitiesByForeignKeyLoader<QuoteLine>(contexts)
{
    protected override Expression<Func<QuoteLine, int>> ForeignKey => l => l.QuoteId;
}
