using Commerce.Domain.Common;
using Commerce.Domain.Orders;
using Commerce.GraphQL.Server.DataLoader;
using Commerce.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Commerce.Api.Features.Customers;

/// <summary>
/// Order count and amount spent of many customers in one <c>GROUP BY</c> query; orders are never loaded into memory.
/// Grouped by currency too, so amounts in different currencies are never added together.
/// </summary>
public sealed class CustomerOrderTotalsByCustomerIdLoader(IDbContextFactory<CommerceDbContext> contexts)
    : BatchDataLoader<int, CustomerOrderTotals>
{
    protected override async Task<IReadOnlyDictionary<int, CustomerOrderTotals>> LoadBatchAsync(IReadOnlyList<int> keys, CancellationToken cancellationToken)
    {
        var ids = keys.ToArray();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var groups = await db.Orders
            .Where(o => o.CustomerId != null && ids.Contains(o.CustomerId.Value))
            .GroupBy(o => new { CustomerId = o.CustomerId!.Value, o.Currency })
            .Select(g => new
            {
                g.Key.CustomerId,
                g.Key.Currency,
                Count = g.Count(),
                Kept = g.Count(o => o.Status != OrderStatus.Cancelled),
                Spent = g.Sum(o => o.Status == OrderStatus.Cancelled ? 0L : o.TotalMinorUnits),
            })
            .ToListAsync(cancellationToken);

        // One amount per currency with at least one order that was not cancelled, largest first.
        return groups.GroupBy(g => g.CustomerId).ToDictionary(c => c.Key, c => new CustomerOrderTotals(
            c.Sum(g => g.Count),
            [.. c.Where(g => g.Kept > 0).OrderByDescending(g => g.Spent).ThenBy(g => g.Currency, StringComparer.Ordinal)
                .Select(g => new Money(g.Spent, g.Currency))]));
    }
}
