using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Commerce.Bench.Fanout;

/// <summary>The GraphQL calls that make an order and move it through its life (each one an event).</summary>
internal sealed class Shop(Uri url, string key) : IDisposable
{
    private readonly HttpClient _http = new() { BaseAddress = url, DefaultRequestHeaders = { Authorization = new AuthenticationHeaderValue("Bearer", key) } };
    private string? _variantId;

    /// <summary>The first change of a round: delivered but not measured (it warms the server's per-event path).</summary>
    public static readonly (string Name, string Document) WarmUp =
        ("confirmOrder", "mutation($id: ID!) { confirmOrder(input: { orderId: $id }) { userErrors { code message } } }");

    /// <summary>The measured mutations of a round, in order, each given the order id.</summary>
    public static readonly (string Name, string Document)[] LifeOfAnOrder =
    [
        ("authorizePayment", "mutation($id: ID!) { authorizePayment(input: { orderId: $id, card: \"4242424242424242\" }) { userErrors { code message } } }"),
        ("capturePayment", "mutation($id: ID!) { capturePayment(input: { orderId: $id }) { userErrors { code message } } }"),
        ("createFulfillment", "mutation($id: ID!) { createFulfillment(input: { orderId: $id, carrier: \"DHL\" }) { userErrors { code message } } }"),
        ("markOrderDelivered", "mutation($id: ID!) { markOrderDelivered(input: { orderId: $id }) { userErrors { code message } } }"),
    ];

    /// <summary>Finds an active variant and a warehouse and gives the variant plenty of stock.</summary>
    public async Task PrepareAsync()
    {
        var found = await PostAsync("""
            { products(first: 1, where: { status: { eq: ACTIVE } }) { nodes { variants { id } } }
              warehouses(first: 1, where: { isActive: { eq: true } }) { nodes { id } } }
            """, new());
        _variantId = found["products"]!["nodes"]![0]!["variants"]![0]!["id"]!.GetValue<string>();
        var warehouseId = found["warehouses"]!["nodes"]![0]!["id"]!.GetValue<string>();
        await PostAsync("mutation($v: ID!, $w: ID!) { adjustStock(input: { variantId: $v, warehouseId: $w, delta: 100000, reason: RESTOCK }) { userErrors { message } } }",
            new() { ["v"] = _variantId, ["w"] = warehouseId });
    }

    public async Task<string> PlaceOrderAsync()
    {
        var placed = await PostAsync("""
            mutation($v: ID!) { placeOrder(input: { lines: [{ variantId: $v, quantity: 1 }], email: "fanout@example.com",
              shippingAddress: { firstName: "Fan", lastName: "Out", line1: "1 Main Street", city: "Johannesburg", region: "Gauteng",
                                 postalCode: "2001", countryCode: "ZA" }, shippingMethod: "Standard" }) {
              order { id } userErrors { code message } } }
            """, new() { ["v"] = _variantId });
        return placed["placeOrder"]!["order"]?["id"]?.GetValue<string>()
            ?? throw new InvalidOperationException($"placeOrder refused: {placed.ToJsonString()}");
    }

    public async Task RunAsync(string document, string orderId)
    {
        var result = await PostAsync(document, new() { ["id"] = orderId });
        var errors = result.First().Value?["userErrors"]?.AsArray();
        if (errors is { Count: > 0 })
        {
            throw new InvalidOperationException($"mutation refused: {errors.ToJsonString()}");
        }
    }

    private async Task<JsonObject> PostAsync(string query, JsonObject variables)
    {
        using var response = await _http.PostAsJsonAsync("/graphql", new JsonObject { ["query"] = query, ["variables"] = variables });
        var body = await response.Content.ReadFromJsonAsync<JsonObject>() ?? throw new InvalidOperationException("empty response");
        if (body["errors"] is JsonArray { Count: > 0 } errors)
        {
            throw new InvalidOperationException($"GraphQL errors: {errors.ToJsonString(new JsonSerializerOptions { WriteIndented = false })}");
        }

        return body["data"]!.AsObject();
    }

    public void Dispose() => _http.Dispose();
}
