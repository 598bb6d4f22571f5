using System.Text.Json.Nodes;
using Commerce.Api.Tests.Infrastructure;
using Commerce.GraphQL.Server.Relay;
using Microsoft.EntityFrameworkCore;

namespace Commerce.Api.Tests.Features.Access;

/// <summary>
/// A customer never reads another customer's order, address or quote, through any path: root lookups, node, nodes,
/// aliases, fragments. Another's row answers exactly like a row that does not exist; staff lists are FORBIDDEN.
/// </summary>
public sealed class CustomerIsolationTests(TwoCustomersShop shop) : IClassFixture<TwoCustomersShop>
{
    private const string NodeSelection = """
        __typename
        ... on Customer { email }
        ... on CustomerAddress { address { line1 } }
        ... on Order { number }
        ... on OrderLine { sku }
        ... on PaymentTransaction { kind }
        ... on Fulfillment { state }
        ... on Quote { number }
        ... on QuoteRevision { revision: number }
        """;

    [Fact]
    public async Task Nodes_ResolveOwnRowsAndNullForAnothersRows_WhenCustomerAsksForEveryType()
    {
        var (a, b) = await shop.CustomersAsync();

        var data = await Client(a).QueryAsync($$"""
            query($own: [ID!]!, $other: [ID!]!) { own: nodes(ids: $own) { {{NodeSelection}} } other: nodes(ids: $other) { {{NodeSelection}} } }
            """, new { own = a.NodeIds, other = b.NodeIds });

        Assert.All(data["own"]!.AsArray(), node => Assert.NotNull(node));
        Assert.All(data["other"]!.AsArray(), node => Assert.Null(node));
    }

    [Fact]
    public async Task Node_ReturnsNull_ForEachOfAnotherCustomersRows()
    {
        var (a, b) = await shop.CustomersAsync();
        var client = Client(a);

        foreach (var id in b.NodeIds)
        {
            var data = await client.QueryAsync($$"""query($id: ID!) { node(id: $id) { {{NodeSelection}} } }""", new { id });
            Assert.True(data["node"] is null, $"{id} was visible: {data}");
        }
    }

    [Fact]
    public async Task OrderAndQuote_ReturnNull_WhenLookedUpByAnotherCustomersIdOrNumber()
    {
        var (a, b) = await shop.CustomersAsync();

        var data = await Client(a).QueryAsync("""
            query($order: ID!, $orderNumber: String!, $quote: ID!, $quoteNumber: String!) {
              byId: order(id: $order) { number } byNumber: order(number: $orderNumber) { number }
              quoteById: quote(id: $quote) { number } quoteByNumber: quote(number: $quoteNumber) { number }
            }
            """, new { order = b.OrderGlobalId, orderNumber = b.OrderNumber, quote = b.QuoteGlobalId, quoteNumber = b.QuoteNumber });

        Assert.All(data, field => Assert.Null(field.Value));
    }

    [Fact]
    public async Task Order_AnswersLikeAnUnknownOrder_WhenTheOrderIsAnotherCustomers()
    {
        var (a, b) = await shop.CustomersAsync();
        await using var db = shop.CreateDbContext();
        var unknown = GlobalId.Encode("Order", await db.Orders.MaxAsync(o => o.Id) + 1_000);
        const string Query = "query($id: ID!) { order(id: $id) { number total { amount } lines { sku } } }";
        var client = Client(a);

        var other = await client.PostAsync(Query, new { id = b.OrderGlobalId });
        var missing = await client.PostAsync(Query, new { id = unknown });

        Assert.Equal(Comparable(missing), Comparable(other));
        Assert.Contains("\"data\":{\"order\":null}", Comparable(other));
    }

    [Fact]
    public async Task AliasesAndFragments_ResolveOnlyTheOwnOrder_WhenMixedWithAnotherCustomersIds()
    {
        var (a, b) = await shop.CustomersAsync();

        var data = await Client(a).QueryAsync("""
            query($own: ID!, $other: ID!) {
              mine: order(id: $own) { ...OrderBits }
              theirs: order(id: $other) { ...OrderBits }
              theirNode: node(id: $other) { ... on Order { ...OrderBits } }
              myNode: node(id: $own) { ...OrderBits }
            }
            fragment OrderBits on Order { number customer { email } payments { kind } }
            """, new { own = a.OrderGlobalId, other = b.OrderGlobalId });

        Assert.Equal(a.OrderNumber, data["mine"]!["number"]!.GetValue<string>());
        Assert.Equal(a.OrderNumber, data["myNode"]!["number"]!.GetValue<string>());
        Assert.Null(data["theirs"]);
        Assert.Null(data["theirNode"]);
    }

    [Theory]
    [InlineData("query($b: ID!) { customer(id: $b) { email } }")]
    [InlineData("{ customers(first: 5) { nodes { email } } }")]
    [InlineData("{ orders(first: 5) { nodes { number } } }")]
    [InlineData("{ quotes(first: 5) { nodes { number } } }")]
    [InlineData("{ me { tags } }")]
    public async Task StaffFields_AreForbidden_WhenCallerIsACustomer(string document)
    {
        var (a, b) = await shop.CustomersAsync();

        var response = await Client(a).PostAsync(document, new { b = GlobalId.Encode("Customer", b.CustomerId) });

        AccessAssertions.AssertRefusedBeforeExecution(response, AccessAssertions.Forbidden);
    }

    [Fact]
    public async Task Me_ReturnsOnlyOwnOrdersAddressesAndQuotes()
    {
        var (a, _) = await shop.CustomersAsync();

        var me = (await Client(a).QueryAsync("""
            { me { orders(first: 100) { nodes { number } } addresses { id } quotes(first: 100) { nodes { number } } } }
            """))["me"]!;

        await using var db = shop.CreateDbContext();
        Assert.Equal(
            await db.Orders.Where(o => o.CustomerId == a.CustomerId).OrderBy(o => o.Number).Select(o => o.Number).ToListAsync(),
            me.Nodes("orders").Strings("number").Order());
        Assert.Equal(
            await db.CustomerAddresses.Where(x => x.CustomerId == a.CustomerId).Select(x => GlobalId.Encode("CustomerAddress", x.Id)).ToListAsync(),
            me["addresses"]!.AsArray().Strings("id"));
        Assert.Equal(
            await db.Quotes.Where(q => q.CustomerId == a.CustomerId).OrderBy(q => q.Number).Select(q => q.Number).ToListAsync(),
            me.Nodes("quotes").Strings("number").Order());
        Assert.Contains(a.OrderNumber, me.Nodes("orders").Strings("number"));
        Assert.Contains(a.QuoteNumber, me.Nodes("quotes").Strings("number"));
    }

    private GraphQLClient Client(CustomerRows customer) => shop.CreateGraphQLClient(customer.Token);

    // The bucket's level depends on the clock; everything else of the response must match byte for byte.
    private static string Comparable(GraphQLResponse response)
    {
        var body = response.Body.DeepClone().AsObject();
        (body["extensions"]?["cost"] as JsonObject)?.Remove("throttleStatus");
        return body.ToJsonString();
    }
}
