using Commerce.Domain.Common;

namespace Commerce.Domain.Fulfillments;

/// <summary>How many units of one order line a fulfillment ships.</summary>
public class FulfillmentLine : IEntity
{
    public int Id { get; set; }
    public int FulfillmentId { get; set; }
    public int OrderLineId { get; set; }
    public int Quantity { get; set; }

    public Fulfillment? Fulfillment { get; set; }
    public Orders.OrderLine? OrderLine { get; set; }
}
