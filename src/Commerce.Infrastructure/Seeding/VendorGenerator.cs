using Commerce.Domain.Common;
using Commerce.Domain.Vendors;

namespace Commerce.Infrastructure.Seeding;

/// <summary>
/// Marketplace sellers: mostly approved, the second-to-last still pending review and the last one suspended
/// (when there are at least three), with commission rates between 8% and 20%.
/// </summary>
internal static class VendorGenerator
{
    private static readonly IReadOnlyList<string> Names =
    [
        "Kalahari Goods Co.", "Noordzee Living", "Lone Star Audio", "Cape Cotton Mills", "Harbour & Pine",
        "Atlas Outfitters", "Studio Veld", "Marula Naturals", "Grachten Home", "Bluebonnet Supply",
        "Table Mountain Gear", "Delft Desk Works", "Karoo Kitchen", "Pacific Rim Trading", "Fynbos Beauty",
    ];

    public static List<Vendor> Create(Random random, int count, DateTime anchor)
    {
        var vendors = new List<Vendor>(count);
        for (var i = 0; i < count; i++)
        {
            var name = i < Names.Count ? Names[i] : $"{Names[i % Names.Count]} {(i / Names.Count) + 1}";
            var slug = Slugs.From(name);
            var status = StatusFor(i, count);
            // The vendor still pending review applied recently; everyone else has sold for well over a year.
            var age = status == VendorStatus.Pending ? random.Between(10, 60) : random.Between(520, 720);
            var createdAt = anchor.AddDays(-age).AddMinutes(random.Between(0, 1439));
            vendors.Add(new Vendor
            {
                Id = i + 1,
                Name = name,
                Slug = slug,
                Email = $"partners@{slug}.example.com",
                Status = status,
                DefaultCommissionRateBasisPoints = random.Between(16, 40) * 50,
                CreatedAt = createdAt,
                UpdatedAt = status == VendorStatus.Suspended
                    ? anchor.AddDays(-random.Between(20, 90))
                    : createdAt.AddDays(random.Between(1, 14)),
            });
        }

        return vendors;
    }

    private static VendorStatus StatusFor(int index, int count) => count >= 3 && index == count - 1
        ? VendorStatus.Suspended
        : count >= 3 && index == count - 2 ? VendorStatus.Pending : VendorStatus.Approved;
}
