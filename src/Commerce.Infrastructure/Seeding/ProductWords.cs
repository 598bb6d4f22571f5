namespace Commerce.Infrastructure.Seeding;

/// <summary>Words product names and descriptions are composed from.</summary>
internal static class ProductWords
{
    public static readonly IReadOnlyList<string> Adjectives =
    [
        "Classic", "Everyday", "Heritage", "Urban", "Coastal", "Nordic", "Essential", "Premium", "Vintage",
        "Compact", "Alpine", "Field", "Studio", "Weekend", "Highveld", "Harbour", "Atlas", "Savanna",
    ];

    public static readonly IReadOnlyList<string> Qualities =
    [
        "Built to last and easy to care for.", "Designed in Cape Town, made in small batches.",
        "A customer favourite since launch.", "Responsibly sourced materials, plastic-free packaging.",
        "Backed by a two-year warranty.", "Tested by our team on the trail, in the kitchen and at the desk.",
    ];

    public static readonly IReadOnlyDictionary<string, string> ColourCodes = new Dictionary<string, string>
    {
        ["Black"] = "BLK", ["Navy"] = "NVY", ["Olive"] = "OLV", ["Sand"] = "SND", ["White"] = "WHT", ["Terracotta"] = "TER",
    };

    public static string Describe(Random random, string name, string material, string category) =>
        $"The {name} in {material.ToLowerInvariant()}, from our {category.ToLowerInvariant()} range. {random.Pick(Qualities)}";

    /// <summary>The SKU suffix for one option value: "M", "NVY", "500ML".</summary>
    public static string SkuCode(string value) => ColourCodes.TryGetValue(value, out var code)
        ? code
        : value.Replace(" ", string.Empty, StringComparison.Ordinal).Replace(",", string.Empty, StringComparison.Ordinal).ToUpperInvariant();
}
