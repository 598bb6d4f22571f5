using System.Linq.Expressions;
using Commerce.Api.Features.Common.Loading;
using Commerce.Domain.Fulfillments;
using Commerce.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Commerce.Api.Features.Fulfillments;

/// <summary>The lines of many shipments in one query.</summary>
public sealed class FulfillmentLinesByFulfillmentIdLoader(IDbContextFactory<CommerceDbContext> contexts) : EntitiesByForeignKeyLoader<FulfillmentLine>(contexts)
{
    protected override Expression<Func<FulfillmentLine, int>> ForeignKey => l => l.FulfillmentId;
}
