namespace Commerce.Api.Features.Dashboards;

/// <summary>
/// One row a dashboard aggregates: an order (whole shop) or one of a vendor's order lines (vendor users). Only
/// ever used inside SQL projections; its settable members let EF compose GROUP BY over it.
/// </summary>
public sealed class SaleRow
{
    public int OrderId { get; init; }
    public int? CustomerId { get; init; }
    public DateTime PlacedAt { get; init; }

    /// <summary>The order's total (shop) or the line's total before tax (vendor), minor units.</summary>
    public long Amount { get; init; }
}
