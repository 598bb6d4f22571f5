namespace Commerce.Infrastructure.Seeding;

/// <summary>
/// One random stream per part of the shop, each derived from the options' seed. Separate streams keep parts
/// independent: more orders do not change the catalogue. (Never <see cref="HashCode"/>: it is salted per process.)
/// </summary>
internal enum SeedStream
{
    Vendors = 1,
    Products = 2,
    Customers = 3,
    Quotes = 4,
    Orders = 5,
    Stock = 6,
}

internal static class SeedStreams
{
    public static Random For(int seed, SeedStream stream) => new(unchecked((seed * 1_000_003) + ((int)stream * 7_919)));
}
