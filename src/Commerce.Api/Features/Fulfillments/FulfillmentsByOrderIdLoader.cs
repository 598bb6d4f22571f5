using System.Linq.Expressions;
using Commerce.Api.Features.Common.Loading;
using Commerce.Domain.Fulfillments;
using Commerce.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Commerce.Api.Features.Fulfillments;

/// <summary>The shipments of many orders in one query, in the order they were created.</summary>
public sealed class FulfillmentsByOrderIdLoader(IDbContextFactory<CommerceDbContext> contexts) : EntitiesByForeignKeyLoader<Fulfillment>(contexts)
{
    protected override Expression<Func<Fulfillment, int>> ForeignKey => f => f.OrderId;
}
