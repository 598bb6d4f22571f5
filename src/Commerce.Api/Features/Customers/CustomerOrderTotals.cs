using Commerce.Domain.Common;

namespace Commerce.Api.Features.Customers;

/// <summary>
/// A customer's order aggregates: how many orders, and the sum of the non-cancelled ones' totals.
/// <see cref="TotalSpent"/> is null when the customer has no orders.
/// </summary>
public sealed record CustomerOrderTotals(int OrderCount, Money? TotalSpent)
{
    public static readonly CustomerOrderTotals None = new(0, null);
}
