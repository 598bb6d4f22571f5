using Commerce.Domain.Common;
using Commerce.Domain.Customers;
using Commerce.Domain.Orders;

namespace Commerce.Infrastructure.Seeding;

/// <summary>
/// Streams the shop's orders in placement order (so ids and numbers ascend with time), one at a time: nothing
/// here holds more than the order being built. Accepted quotes join the stream at the moment they were accepted.
/// </summary>
internal sealed class OrderGenerator(ShopCatalog catalog, ShopDataOptions options, IReadOnlyList<AcceptedQuote> accepted, StockReservations reservations)
{
    private readonly OrderIds ids = new();

    public IEnumerable<Order> Generate()
    {
        var random = SeedStreams.For(options.Seed, SeedStream.Orders);
        var draftFactory = new OrderDraftFactory(catalog, ids);
        var lifecycle = new OrderLifecycle(options.Anchor, ids, catalog.Warehouses);
        var timeline = new OrderTimeline(options.Anchor);
        var regular = options.Orders - accepted.Count;
        var next = 0;
        for (var i = 0; i < regular; i++)
        {
            var placedAt = timeline.PlacedAt(i, regular, random.NextDouble());
            while (next < accepted.Count && accepted[next].AcceptedAt <= placedAt)
            {
                yield return FromQuote(random, draftFactory, lifecycle, accepted[next++]);
            }

            yield return Regular(random, draftFactory, lifecycle, placedAt);
        }

        while (next < accepted.Count)
        {
            yield return FromQuote(random, draftFactory, lifecycle, accepted[next++]);
        }
    }

    private Order Regular(Random random, OrderDraftFactory factory, OrderLifecycle lifecycle, DateTime placedAt)
    {
        var channel = SalesChannels.Pick(random);
        var guest = random.Chance(channel switch { SalesChannel.Marketplace => 0.6, SalesChannel.Pos => 0.5, SalesChannel.Web => 0.08, SalesChannel.Mobile => 0.03, _ => 0 });
        var customer = guest ? null : catalog.CustomersSampler.Sample(random, placedAt);
        if (customer is null && channel == SalesChannel.Api)
        {
            channel = SalesChannel.Web;
        }

        var shipTo = channel == SalesChannel.Pos ? null : ShippingAddress(random, customer);
        var warehouseId = shipTo is null ? random.Between(1, catalog.Warehouses.Count) : WarehouseSites.ServingWarehouseId(shipTo.CountryCode, catalog.Warehouses.Count);
        var order = factory.Create(random, placedAt, channel, customer, shipTo, warehouseId);
        var wholesale = channel == SalesChannel.Api || (customer?.Tags.Contains("wholesale") == true && random.Chance(0.5));
        factory.AddLines(random, order, wholesale);
        factory.Price(random, order, customer, warehouseId);
        var method = channel == SalesChannel.Pos ? PaymentMethod.InStore
            : channel is SalesChannel.Web or SalesChannel.Api && random.Chance(channel == SalesChannel.Api ? 0.5 : 0.08) ? PaymentMethod.BankTransfer
            : PaymentMethod.Card;
        lifecycle.Play(random, order, warehouseId, method);
        reservations.Reserve(order, warehouseId);
        return order;
    }

    private Order FromQuote(Random random, OrderDraftFactory factory, OrderLifecycle lifecycle, AcceptedQuote quote)
    {
        var shipTo = quote.Quote.ShippingAddress ?? quote.Customer.Addresses[0].Address;
        var warehouseId = WarehouseSites.ServingWarehouseId(shipTo.CountryCode, catalog.Warehouses.Count);
        var order = factory.Create(random, quote.AcceptedAt, SalesChannel.Quote, quote.Customer, shipTo, warehouseId);
        order.Note = $"From quote {quote.Quote.Number}";
        foreach (var line in quote.Final.Lines)
        {
            var variant = catalog.Variants[line.VariantId - 1];
            factory.AddLine(order, catalog.Products[variant.ProductId - 1], variant, line.Quantity, line.UnitPriceMinorUnits);
        }

        factory.Price(random, order, quote.Customer, warehouseId);
        lifecycle.Play(random, order, warehouseId, PaymentMethod.QuoteDeposit, quote.LeadTimeDays);
        quote.Quote.OrderId = order.Id;
        reservations.Reserve(order, warehouseId);
        return order;
    }

    private static Address ShippingAddress(Random random, Customer? customer)
    {
        if (customer is not null)
        {
            return customer.Addresses[customer.Addresses.Count > 1 && random.Chance(0.25) ? 1 : 0].Address;
        }

        var first = random.Pick(PeopleNames.First);
        var last = random.Pick(PeopleNames.Last);
        return AddressGenerator.Create(random, first, last, null);
    }
}
