using Commerce.Domain.Catalog;
using Commerce.Domain.Common;
using Commerce.Domain.Customers;
using Commerce.Domain.Orders;

namespace Commerce.Infrastructure.Seeding;

/// <summary>
/// The order as the shopper submits it: who, where to, which lines at today's variant prices, and the totals.
/// What happens to it afterwards is <see cref="OrderLifecycle"/>'s business.
/// </summary>
internal sealed class OrderDraftFactory(ShopCatalog catalog, OrderIds ids)
{
    private static readonly IReadOnlyList<int> LineCountWeights = [45, 28, 15, 8, 4];

    public Order Create(Random random, DateTime placedAt, SalesChannel channel, Customer? customer, Address? shipTo, int warehouseId)
    {
        var id = ids.Orders.Next();
        var warehouse = catalog.Warehouses[warehouseId - 1].Address;
        return new Order
        {
            Id = id,
            Number = $"CG-{100_000 + id}",
            CustomerId = customer?.Id,
            Email = customer?.Email ?? GuestEmail(random, shipTo),
            Currency = "USD",
            SourceChannel = channel,
            ExternalId = SalesChannels.ExternalId(random, channel, shipTo?.CountryCode ?? warehouse.CountryCode, placedAt, id),
            ShippingAddress = shipTo,
            BillingAddress = shipTo,
            ShippingMethod = SalesChannels.ShippingMethod(random, channel, shipTo?.CountryCode ?? warehouse.CountryCode, warehouse.CountryCode),
            Note = channel == SalesChannel.Marketplace ? $"Imported from {SalesChannels.Marketplace(shipTo?.CountryCode ?? "US")}" : null,
            PlacedAt = placedAt,
            UpdatedAt = placedAt,
        };
    }

    /// <summary>Adds 1–5 distinct lines of products on sale at the time; wholesale buyers order by the case.</summary>
    public void AddLines(Random random, Order order, bool wholesale)
    {
        var wanted = random.Weighted(LineCountWeights) + 1;
        for (var attempt = 0; order.Lines.Count < wanted && attempt < wanted * 3; attempt++)
        {
            var product = catalog.ProductsSampler.Sample(random, order.PlacedAt);
            var variant = product is null ? null : random.Pick(product.Variants);
            if (product is null || variant is null || order.Lines.Exists(l => l.VariantId == variant.Id))
            {
                continue;
            }

            var quantity = wholesale ? random.Between(5, 40) : random.Weighted([72, 20, 5, 3]) + 1;
            AddLine(order, product, variant, quantity, variant.PriceMinorUnits);
        }

        if (order.Lines.Count == 0)
        {
            // The first products are always active and older than any order.
            var fallback = catalog.Products[0];
            AddLine(order, fallback, fallback.Variants[0], 1, fallback.Variants[0].PriceMinorUnits);
        }
    }

    public void AddLine(Order order, Product product, ProductVariant variant, int quantity, long unitPrice) =>
        order.Lines.Add(new OrderLine
        {
            Id = ids.Lines.Next(),
            OrderId = order.Id,
            VariantId = variant.Id,
            ProductId = product.Id,
            VendorId = product.VendorId,
            Sku = variant.Sku,
            ProductName = product.Name,
            VariantName = variant.Name,
            Quantity = quantity,
            UnitPriceMinorUnits = unitPrice,
        });

    /// <summary>Prices the order, with tax where it is shipped (or, in store, where it is sold).</summary>
    public void Price(Random random, Order order, Customer? customer, int warehouseId)
    {
        var taxedAt = order.ShippingAddress ?? catalog.Warehouses[warehouseId - 1].Address;
        var subtotal = order.Lines.Sum(l => l.Quantity * l.UnitPriceMinorUnits);
        var (code, percent, flat) = DiscountCodes.Pick(random, order.SourceChannel, customer, order.PlacedAt, subtotal);
        OrderPricing.Apply(order, code, percent, flat, Geography.TaxBasisPoints(taxedAt.CountryCode, taxedAt.Region));
    }

    private static string GuestEmail(Random random, Address? shipTo) => shipTo is null
        ? $"walk-in.{random.Digits(6)}@guest.example.com"
        : $"{PeopleNames.EmailLocalPart(shipTo.FirstName, shipTo.LastName)}.{random.Digits(4)}@guest.example.com";
}
