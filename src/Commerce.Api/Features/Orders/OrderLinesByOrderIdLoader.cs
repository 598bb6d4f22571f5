using System.Linq.Expressions;
using Commerce.Api.Features.Common.Loading;
using Commerce.Domain.Orders;
using Commerce.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Commerce.Api.Features.Orders;

/// <summary>The lines of many orders in one query, in line order.</summary>
public sealed class OrderLinesByOrderIdLoader(IDbContextFactory<CommerceDbContext> contexts) : EntitiesByForeignKeyLoader<OrderLine>(contexts)
{
    protected override Expression<Func<OrderLine, int>> ForeignKey => l => l.OrderId;
}
