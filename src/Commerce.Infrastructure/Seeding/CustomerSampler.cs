using Commerce.Domain.Customers;

namespace Commerce.Infrastructure.Seeding;

/// <summary>
/// Picks the customer behind an order placed at a given moment, among those signed up by then. About a third
/// of orders come from recent sign-ups (first orders); the rest lean towards long-standing, repeat customers.
/// </summary>
internal sealed class CustomerSampler(IReadOnlyList<Customer> customers)
{
    private readonly long[] createdTicks = [.. customers.Select(c => c.CreatedAt.Ticks)];

    public Customer? Sample(Random random, DateTime at)
    {
        var existing = Bounds.CountAtOrBefore(createdTicks, at.Ticks);
        if (existing == 0)
        {
            return null;
        }

        var index = random.Chance(0.35)
            ? existing - 1 - random.Next(Math.Max(1, existing / 40))
            : (int)(existing * Math.Pow(random.NextDouble(), 1.3));
        return customers[Math.Clamp(index, 0, existing - 1)];
    }
}
