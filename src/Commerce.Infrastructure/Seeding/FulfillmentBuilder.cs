using Commerce.Domain.Fulfillments;
using Commerce.Domain.Orders;

namespace Commerce.Infrastructure.Seeding;

/// <summary>
/// Adds one shipment to an order as far as it has got by the anchor: picked (pending), shipped or delivered.
/// Only shipped units count towards the lines' fulfilled quantity.
/// </summary>
internal sealed class FulfillmentBuilder(Random random, IdSequence fulfillmentIds, IdSequence lineIds, DateTime anchor)
{
    public Fulfillment? Add(
        Order order, int warehouseId, string? warehouseCountry, IReadOnlyList<(OrderLine Line, int Quantity)> lines,
        DateTime createdAt, DateTime shippedAt, DateTime deliveredAt)
    {
        if (createdAt > anchor || lines.Count == 0)
        {
            return null;
        }

        var shipped = shippedAt <= anchor;
        var delivered = deliveredAt <= anchor;
        var (carrier, tracking) = warehouseCountry is null ? (null, null) : Carriers.Pick(random, warehouseCountry);
        var fulfillment = new Fulfillment
        {
            Id = fulfillmentIds.Next(),
            OrderId = order.Id,
            WarehouseId = warehouseId,
            State = delivered ? FulfillmentState.Delivered : shipped ? FulfillmentState.Shipped : FulfillmentState.Pending,
            Carrier = carrier,
            TrackingNumber = shipped ? tracking : null,
            CreatedAt = createdAt,
            ShippedAt = shipped ? shippedAt : null,
            DeliveredAt = delivered ? deliveredAt : null,
        };
        foreach (var (line, quantity) in lines)
        {
            fulfillment.Lines.Add(new FulfillmentLine { Id = lineIds.Next(), FulfillmentId = fulfillment.Id, OrderLineId = line.Id, Quantity = quantity });
            if (shipped)
            {
                line.FulfilledQuantity += quantity;
            }
        }

        order.Fulfillments.Add(fulfillment);
        return fulfillment;
    }
}
