namespace Commerce.Infrastructure.Seeding;

/// <summary>
/// The size and "now" of a generated shop. The same options always produce the same data: every random choice
/// comes from <see cref="Seed"/>, every timestamp from <see cref="Anchor"/>.
/// </summary>
public sealed record ShopDataOptions
{
    public int Seed { get; init; } = 42;

    /// <summary>"Now" for the data (UTC). Orders spread over the 365 days before it; nothing happens after it.</summary>
    public DateTime Anchor { get; init; } = new(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc);

    public int Vendors { get; init; } = 5;
    public int Categories { get; init; } = 20;
    public int Products { get; init; } = 300;
    public int Customers { get; init; } = 800;
    public int Orders { get; init; } = 3000;
    public int Quotes { get; init; } = 40;
    public int Warehouses { get; init; } = 3;

    /// <summary>The demo shop: seed 42, anchored at today 00:00 UTC unless an anchor is given.</summary>
    public static ShopDataOptions Demo(DateTime? anchor = null) =>
        new() { Anchor = anchor ?? DateTime.UtcNow.Date };

    /// <summary>A bigger shop for benchmarks; customers and quotes scale with the order count.</summary>
    public static ShopDataOptions Large(int products, int orders, DateTime? anchor = null) => Demo(anchor) with
    {
        Vendors = 12,
        Products = products,
        Orders = orders,
        Customers = Math.Max(100, orders / 4),
        Quotes = Math.Max(40, orders / 1000),
    };

    /// <summary>Throws when a count is out of range; the generator relies on these bounds.</summary>
    public void Validate()
    {
        Require(Vendors, 1, 1_000, nameof(Vendors));
        Require(Categories, 2, CategoryBlueprints.All.Count, nameof(Categories));
        Require(Products, 1, 10_000_000, nameof(Products));
        Require(Customers, 1, 10_000_000, nameof(Customers));
        Require(Orders, 0, 100_000_000, nameof(Orders));
        Require(Quotes, 0, 1_000_000, nameof(Quotes));
        Require(Warehouses, 1, WarehouseSites.All.Count, nameof(Warehouses));
        if (Anchor.Kind != DateTimeKind.Utc)
        {
            throw new ArgumentException("Anchor must be a UTC DateTime.", nameof(Anchor));
        }
    }

    private static void Require(int value, int min, int max, string name)
    {
        if (value < min || value > max)
        {
            throw new ArgumentOutOfRangeException(name, value, $"{name} must be between {min} and {max}.");
        }
    }
}
