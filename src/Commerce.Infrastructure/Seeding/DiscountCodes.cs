using Commerce.Domain.Customers;
using Commerce.Domain.Orders;

namespace Commerce.Infrastructure.Seeding;

/// <summary>The promotion codes shoppers use: a code, a percentage off the subtotal and/or a flat amount off.</summary>
internal static class DiscountCodes
{
    public static (string? Code, int Percent, long Flat) Pick(Random random, SalesChannel channel, Customer? customer, DateTime placedAt, long subtotal)
    {
        if (channel is not (SalesChannel.Web or SalesChannel.Mobile) || !random.Chance(0.14))
        {
            return (null, 0, 0);
        }

        if (placedAt is { Month: 11, Day: >= 24 } || placedAt is { Month: 12, Day: <= 2 })
        {
            return ("BLACKFRIDAY25", 25, 0);
        }

        if (customer is not null && (placedAt - customer.CreatedAt).TotalDays < 14)
        {
            return ("WELCOME10", 10, 0);
        }

        if (customer?.Tags.Contains("vip") == true)
        {
            return ("VIP20", 20, 0);
        }

        return subtotal >= 5_000 ? ("SAVE5", 0, 500) : ("APP15", 15, 0);
    }
}
