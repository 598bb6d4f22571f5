using System.Linq.Expressions;
using Commerce.Api.Features.Common.Loading;
using Commerce.Domain.Inventory;
using Commerce.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Commerce.Api.Features.Inventory;

/// <summary>The stock levels of many variants in one query, ordered by warehouse.</summary>
public sealed class StockLevelsByVariantIdLoader(IDbContextFactory<CommerceDbContext> contexts)
    : EntitiesByForeignKeyLoader<StockLevel>(contexts)
{
    protected override Expression<Func<StockLevel, int>> ForeignKey => s => s.VariantId;

    protected override IQueryable<StockLevel> OrderGroup(IQueryable<StockLevel> query) => query.OrderBy(s => s.WarehouseId).ThenBy(s => s.Id);
}
