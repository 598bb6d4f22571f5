namespace Commerce.Infrastructure.Seeding;

/// <summary>Which option a category's variants differ by.</summary>
internal enum VariantAxis
{
    Size,
    Colour,
    Capacity,
    SizeAndColour,
}

/// <summary>
/// What products in one category look like: the words their names are built from, the variant axis, and a
/// price band in US cents. Top-level categories have no nouns and hold no products.
/// </summary>
internal sealed record CategoryBlueprint(
    string Name,
    string? Parent,
    string Code,
    IReadOnlyList<string> Nouns,
    IReadOnlyList<string> Materials,
    VariantAxis Axis,
    int MinPriceCents,
    int MaxPriceCents,
    int WeightGrams,
    IReadOnlyList<string>? Capacities = null)
{
    public bool IsLeaf => Nouns.Count > 0;
}

/// <summary>The category tree in creation order: each parent comes before its children.</summary>
internal static class CategoryBlueprints
{
    public static readonly IReadOnlyList<CategoryBlueprint> All =
    [
        Top("Apparel", "APP"),
        Leaf("Tops", "Apparel", "TOP", ["T-Shirt", "Oxford Shirt", "Sweater", "Hoodie", "Polo"], ["Cotton", "Merino", "Linen", "Organic Cotton"], VariantAxis.SizeAndColour, 1_500, 8_900, 300),
        Leaf("Bottoms", "Apparel", "BOT", ["Chinos", "Jeans", "Shorts", "Joggers"], ["Denim", "Twill", "Cotton", "Fleece"], VariantAxis.Size, 2_900, 11_900, 550),
        Leaf("Outerwear", "Apparel", "OUT", ["Jacket", "Parka", "Gilet", "Rain Shell"], ["Waxed Cotton", "Down", "Wool", "Nylon"], VariantAxis.SizeAndColour, 6_900, 29_900, 900),
        Top("Home", "HOM"),
        Leaf("Kitchen", "Home", "KIT", ["Skillet", "Saucepan", "Chef's Knife", "Cutting Board", "Mug Set"], ["Cast-Iron", "Stainless Steel", "Enamel", "Olive Wood", "Stoneware"], VariantAxis.Colour, 1_200, 19_900, 1_400),
        Leaf("Bedding", "Home", "BED", ["Duvet Cover", "Pillowcase Pair", "Throw Blanket", "Fitted Sheet"], ["Percale", "Linen", "Sateen", "Mohair"], VariantAxis.Size, 2_500, 24_900, 1_100),
        Leaf("Decor", "Home", "DEC", ["Vase", "Candle", "Table Lamp", "Wall Mirror", "Planter"], ["Ceramic", "Brass", "Rattan", "Glass", "Soy Wax"], VariantAxis.Colour, 900, 15_900, 1_200),
        Top("Electronics", "ELE"),
        Leaf("Audio", "Electronics", "AUD", ["Headphones", "Earbuds", "Bluetooth Speaker", "Soundbar"], ["Wireless", "Noise-Cancelling", "Studio", "Waterproof"], VariantAxis.Colour, 2_900, 39_900, 400),
        Leaf("Accessories", "Electronics", "ACC", ["Power Bank", "USB-C Cable", "Wall Charger", "Laptop Sleeve"], ["Braided", "Fast-Charge", "Aluminium", "Recycled"], VariantAxis.Colour, 900, 8_900, 250),
        Leaf("Wearables", "Electronics", "WEA", ["Smartwatch", "Fitness Band", "Sleep Tracker"], ["Titanium", "Silicone", "Sport", "Solar"], VariantAxis.Colour, 4_900, 44_900, 80),
        Top("Outdoors", "ODR"),
        Leaf("Camping", "Outdoors", "CAM", ["Tent", "Sleeping Bag", "Camp Chair", "Lantern"], ["Ultralight", "Ripstop", "Canvas", "Aluminium"], VariantAxis.Size, 1_900, 49_900, 2_200),
        Leaf("Hydration", "Outdoors", "HYD", ["Water Bottle", "Flask", "Travel Mug"], ["Insulated", "Stainless Steel", "Borosilicate", "Tritan"], VariantAxis.Capacity, 1_200, 4_900, 350, ["350 ml", "500 ml", "750 ml", "1 L"]),
        Top("Beauty", "BEA"),
        Leaf("Skincare", "Beauty", "SKN", ["Face Serum", "Moisturiser", "Cleanser", "Sunscreen"], ["Rooibos", "Marula Oil", "Vitamin C", "Hyaluronic"], VariantAxis.Capacity, 900, 5_900, 150, ["15 ml", "30 ml", "50 ml", "100 ml"]),
        Leaf("Bath", "Beauty", "BTH", ["Soap Bar", "Bath Salts", "Body Wash"], ["Shea Butter", "Lavender", "Charcoal", "Eucalyptus"], VariantAxis.Capacity, 500, 2_900, 300, ["100 g", "250 g", "500 g"]),
        Top("Office", "OFF"),
        Leaf("Stationery", "Office", "STA", ["Notebook", "Fountain Pen", "Planner", "Desk Pad"], ["Leather", "Recycled Paper", "Brass", "Linen"], VariantAxis.Colour, 700, 9_900, 250),
        Leaf("Desk", "Office", "DSK", ["Monitor Stand", "Desk Organiser", "Cable Tray"], ["Walnut", "Oak", "Steel", "Bamboo"], VariantAxis.Colour, 1_900, 14_900, 1_800),
    ];

    /// <summary>Variant values per axis; a product takes the first 1–4 of a shuffled copy.</summary>
    public static readonly IReadOnlyList<string> Sizes = ["XS", "S", "M", "L", "XL"];

    public static readonly IReadOnlyList<string> Colours = ["Black", "Navy", "Olive", "Sand", "White", "Terracotta"];

    private static CategoryBlueprint Top(string name, string code) => new(name, null, code, [], [], VariantAxis.Size, 0, 0, 0);

    private static CategoryBlueprint Leaf(
        string name, string parent, string code, IReadOnlyList<string> nouns, IReadOnlyList<string> materials,
        VariantAxis axis, int min, int max, int grams, IReadOnlyList<string>? capacities = null) =>
        new(name, parent, code, nouns, materials, axis, min, max, grams, capacities);
}
