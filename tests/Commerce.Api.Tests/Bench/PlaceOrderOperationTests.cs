using System.Text.Json.Nodes;
using Commerce.Api.Tests.Features.Orders;
using Commerce.Api.Tests.Infrastructure;

namespace Commerce.Api.Tests.Bench;

/// <summary>bench/operations/place-order must keep placing orders, with its variables as bench/run.sh fills them in.</summary>
public sealed class PlaceOrderOperationTests(OrderShopFactory shop) : IClassFixture<OrderShopFactory>
{
    [Fact]
    public async Task PlaceOrder_PlacesAnOrder_WithTheBenchVariables()
    {
        var client = await shop.ClientAsync();
        var folder = Path.Combine(RepositoryRoot.Path, "bench", "operations");
        var variables = File.ReadAllText(Path.Combine(folder, "place-order.variables.json")).Replace("@VARIANT_ID@", shop.TeeSmall, StringComparison.Ordinal);

        var data = await client.QueryAsync(File.ReadAllText(Path.Combine(folder, "place-order.graphql")), JsonNode.Parse(variables));

        Assert.Empty(data["placeOrder"]!["userErrors"]!.AsArray());
        Assert.StartsWith("CG-", data["placeOrder"]!["order"]!["number"]!.GetValue<string>());
    }
}
