namespace Commerce.Api.Auth;

/// <summary>
/// The scope vocabulary. API keys carry any of <see cref="Assignable"/>. Signed-in customers, vendor users and
/// guest order tokens carry the role scopes <see cref="Customer"/> / <see cref="Vendor"/> / <see cref="Guest"/>,
/// which no key can be given: they open the fields such a caller may select, and resolvers then narrow the rows
/// to the caller's own.
/// </summary>
public static class Scopes
{
    public const string ReadProducts = "read:products";
    public const string WriteProducts = "write:products";

    /// <summary>Live stock subscriptions (<c>stockLevelChanged</c>, <c>lowStockAlert</c>).</summary>
    public const string ReadInventory = "read:inventory";
    public const string ReadOrders = "read:orders";
    public const string WriteOrders = "write:orders";
    public const string ReadCustomers = "read:customers";
    public const string WriteCustomers = "write:customers";
    public const string ReadVendors = "read:vendors";
    public const string WriteVendors = "write:vendors";
    public const string ReadQuotes = "read:quotes";
    public const string WriteQuotes = "write:quotes";
    public const string ReadInsights = "read:insights";
    public const string WriteWebhooks = "write:webhooks";
    public const string Admin = "admin";

    /// <summary>Role scope of a signed-in customer (never on an API key).</summary>
    public const string Customer = "customer";

    /// <summary>Role scope of a vendor user (never on an API key).</summary>
    public const string Vendor = "vendor";

    /// <summary>Role scope of a guest's order access token, issued by placeOrder (never on an API key): one order.</summary>
    public const string Guest = "guest";

    /// <summary>Scopes an API key may carry.</summary>
    public static readonly IReadOnlyList<string> Assignable =
    [
        ReadProducts, WriteProducts, ReadInventory, ReadOrders, WriteOrders, ReadCustomers, WriteCustomers, ReadVendors,
        WriteVendors, ReadQuotes, WriteQuotes, ReadInsights, WriteWebhooks, Admin,
    ];

    /// <summary>
    /// What a key's scopes grant: each <c>write:x</c> also grants <c>read:x</c> (as Shopify's access scopes do), so a
    /// key that may change products may read what it changed.
    /// </summary>
    public static IEnumerable<string> Granted(IEnumerable<string> scopes) =>
        scopes.SelectMany(scope => scope.StartsWith("write:", StringComparison.Ordinal) && scope != WriteWebhooks
            ? new[] { scope, "read:" + scope["write:".Length..] }
            : [scope]).Distinct(StringComparer.Ordinal);
}
