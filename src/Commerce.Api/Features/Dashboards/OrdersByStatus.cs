using Commerce.Domain.Orders;
using Commerce.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Commerce.Api.Features.Dashboards;

/// <summary>How many orders placed in the period stand in each status (cancelled ones included).</summary>
public sealed record OrderStatusCount(OrderStatus Status, long Orders)
{
    public static async Task<IReadOnlyList<OrderStatusCount>> ReadAsync(CommerceDbContext db, DashboardScope scope, CancellationToken cancellation)
    {
        var (from, to, vendorId) = (scope.From, scope.To, scope.VendorId);
        var orders = db.Orders.AsNoTracking()
            .Where(o => o.PlacedAt >= from && o.PlacedAt < to && o.Currency == scope.Currency);
        if (vendorId is not null)
        {
            orders = orders.Where(o => o.Lines.Any(l => l.VendorId == vendorId));
        }

        var counts = await orders.GroupBy(o => o.Status)
            .Select(g => new OrderStatusCount(g.Key, g.LongCount()))
            .ToListAsync(cancellation);
        return counts.OrderByDescending(c => c.Orders).ThenBy(c => c.Status).ToList();
    }
}
