using Commerce.Domain.Common;
using Commerce.Domain.Inventory;

namespace Commerce.Infrastructure.Seeding;

/// <summary>The shop's warehouses and which shipping countries each one serves (the first one serves the rest).</summary>
internal static class WarehouseSites
{
    public static readonly IReadOnlyList<(Warehouse Warehouse, string[] Serves)> All =
    [
        (Site(1, "JNB-1", "Johannesburg Distribution Centre", "14 Electron Avenue", "Isando", "Kempton Park", "Gauteng", "1600", "ZA", "+27 11 555 0140"), ["ZA", "KE"]),
        (Site(2, "RTM-1", "Rotterdam Fulfilment Hub", "Waalhaven Zuidzijde 21", null, "Rotterdam", "Zuid-Holland", "3089 JH", "NL", "+31 10 555 0120"), ["NL", "DE", "GB", "FR"]),
        (Site(3, "AUS-1", "Austin Warehouse", "8900 Shoal Creek Blvd", "Building 2", "Austin", "TX", "78757", "US", "+1 512 555 0188"), ["US", "AU"]),
        (Site(4, "SIN-1", "Singapore Logistics Park", "21 Tuas South Avenue 6", null, "Singapore", null, "637021", "SG", "+65 6555 0110"), ["SG", "MY", "PH"]),
    ];

    public static List<Warehouse> Create(int count) =>
        [.. All.Take(count).Select(s => new Warehouse { Id = s.Warehouse.Id, Code = s.Warehouse.Code, Name = s.Warehouse.Name, Address = s.Warehouse.Address })];

    /// <summary>The warehouse among the first <paramref name="count"/> that ships to a country.</summary>
    public static int ServingWarehouseId(string countryCode, int count)
    {
        foreach (var (warehouse, serves) in All.Take(count))
        {
            if (serves.Contains(countryCode))
            {
                return warehouse.Id;
            }
        }

        return count >= 3 && countryCode is "SG" or "MY" or "PH" ? 3 : 1;
    }

    private static Warehouse Site(
        int id, string code, string name, string line1, string? line2, string city, string? region, string postalCode,
        string country, string phone) => new()
    {
        Id = id,
        Code = code,
        Name = name,
        Address = new Address
        {
            FirstName = "Receiving",
            LastName = "Dock",
            Company = "Commerce.GraphQL Logistics",
            Line1 = line1,
            Line2 = line2,
            City = city,
            Region = region,
            PostalCode = postalCode,
            CountryCode = country,
            Phone = phone,
        },
    };
}
