using Commerce.Domain.Common;

namespace Commerce.Api.Features.Customers;

/// <summary>
/// A customer's order aggregates: how many orders, and what the non-cancelled ones add up to — one amount per
/// currency, since amounts in different currencies are never added together.
/// </summary>
public sealed record CustomerOrderTotals(int OrderCount, IReadOnlyList<Money> TotalSpent)
{
    public static readonly CustomerOrderTotals None = new(0, []);
}
