using Commerce.Domain.Orders;

namespace Commerce.Infrastructure.Seeding;

/// <summary>Which units go in which parcel: everything at once, or the order split in two.</summary>
internal static class ShipmentSplit
{
    public static List<List<(OrderLine Line, int Quantity)>> Plan(Random random, Order order, bool split)
    {
        var all = order.Lines.Select(l => (l, l.Quantity)).ToList();
        if (!split || order.Lines.Sum(l => l.Quantity) < 2)
        {
            return [all];
        }

        if (all.Count >= 2)
        {
            var first = (all.Count + 1) / 2;
            return [all[..first], all[first..]];
        }

        var line = order.Lines[0];
        var now = random.Between(1, line.Quantity - 1);
        return [[(line, now)], [(line, line.Quantity - now)]];
    }
}
