using Commerce.Domain.Catalog;
using Commerce.Domain.Customers;
using Commerce.Domain.Quotes;

namespace Commerce.Infrastructure.Seeding;

/// <summary>The buyer's request: one vendor's products in trade quantities, with delivery wishes.</summary>
internal static class QuoteDrafts
{
    private static readonly IReadOnlyList<string> Notes =
    [
        "Pricing for our new store opening, please.", "Annual restock for our hotel group.",
        "Corporate gifting order, branded packaging if possible.", "Need delivery before month end.",
    ];

    public static Quote Create(Random random, int id, Customer customer, DateTime createdAt, ShopCatalog catalog, IdSequence lineIds)
    {
        var first = ActiveProduct(random, catalog);
        var candidates = catalog.Products.Where(p => p.VendorId == first.VendorId && p.Status == ProductStatus.Active).ToList();
        var address = customer.Addresses[0].Address;
        var quote = new Quote
        {
            Id = id,
            Number = $"Q-{2_000 + id}",
            CustomerId = customer.Id,
            VendorId = first.VendorId,
            Currency = "USD",
            RequestedDeliveryDate = DateOnly.FromDateTime(createdAt.AddDays(random.Between(30, 60))),
            BuyerNote = random.Pick(Notes),
            ShippingAddress = address,
            BillingAddress = address,
            CreatedAt = createdAt,
            UpdatedAt = createdAt,
        };
        var wanted = random.Between(1, 4);
        for (var attempt = 0; quote.Lines.Count < wanted && attempt < 12; attempt++)
        {
            var variant = random.Pick(random.Pick(candidates).Variants);
            if (quote.Lines.TrueForAll(l => l.VariantId != variant.Id))
            {
                quote.Lines.Add(new QuoteLine
                {
                    Id = lineIds.Next(),
                    QuoteId = id,
                    VariantId = variant.Id,
                    Quantity = random.Between(2, 50) * 10,
                    Requirements = random.Chance(0.3) ? "Individually boxed, with our logo on the sleeve." : null,
                });
            }
        }

        return quote;
    }

    /// <summary>Moves the whole negotiation later so its last step happens at <paramref name="at"/>.</summary>
    public static void ShiftLastActivityTo(Quote quote, DateTime at)
    {
        var last = quote.Revisions.Count > 0 ? quote.Revisions[^1].CreatedAt : quote.CreatedAt;
        var delta = at - last;
        quote.CreatedAt += delta;
        quote.UpdatedAt += delta;
        quote.RequestedDeliveryDate = quote.RequestedDeliveryDate?.AddDays(delta.Days);
        foreach (var revision in quote.Revisions)
        {
            revision.CreatedAt += delta;
            revision.ValidUntil += delta;
        }
    }

    private static Product ActiveProduct(Random random, ShopCatalog catalog)
    {
        for (var attempt = 0; attempt < 50; attempt++)
        {
            var product = random.Pick(catalog.Products);
            if (product.Status == ProductStatus.Active)
            {
                return product;
            }
        }

        return catalog.Products[0];
    }
}
