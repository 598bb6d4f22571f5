using System.Text.Json.Nodes;
using Commerce.Api.Tests.Infrastructure;

namespace Commerce.Api.Tests.Features.Orders;

/// <summary>The order and payment mutations as one-liners, for tests that walk an order through its life.</summary>
public sealed class OrderFlow(GraphQLClient client)
{
    private const string Selection = "order { id status paymentStatus fulfillmentStatus version total { minorUnits } lines { id quantity fulfilledQuantity } availableTransitions { action allowed reason } } userErrors { code field message }";

    public GraphQLClient Client => client;

    public async Task<JsonObject> PlaceAsync(params object[] lines) =>
        (await Run("placeOrder", "PlaceOrderInput", OrderShopFactory.GuestOrder(lines)))["order"]!.AsObject();

    public Task<JsonObject> Run(string mutation, string inputType, object input, string extra = "") =>
        RunRaw(mutation, inputType, input, extra).ContinueWith(t => t.Result[mutation]!.AsObject(), TaskScheduler.Default);

    public async Task<JsonObject> RunRaw(string mutation, string inputType, object input, string extra = "") =>
        await client.QueryAsync($$"""
            mutation($input: {{inputType}}!) { {{mutation}}(input: $input) { {{Selection}} {{extra}} } }
            """, new { input });

    public Task<JsonObject> Pay(string mutation, object input) =>
        Run(mutation, char.ToUpperInvariant(mutation[0]) + mutation[1..] + "Input", input, "transaction { kind status amount { minorUnits } }");
}
