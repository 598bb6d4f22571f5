using Commerce.Domain.Common;

namespace Commerce.Domain.Fulfillments;

/// <summary>A shipment of some or all of an order's lines from one warehouse.</summary>
public class Fulfillment : IEntity
{
    public int Id { get; set; }
    public int OrderId { get; set; }
    public int WarehouseId { get; set; }
    public FulfillmentState State { get; set; } = FulfillmentState.Shipped;
    public string? Carrier { get; set; }
    public string? TrackingNumber { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime? ShippedAt { get; set; }
    public DateTime? DeliveredAt { get; set; }

    public Orders.Order? Order { get; set; }
    public Inventory.Warehouse? Warehouse { get; set; }
    public List<FulfillmentLine> Lines { get; set; } = [];
}
