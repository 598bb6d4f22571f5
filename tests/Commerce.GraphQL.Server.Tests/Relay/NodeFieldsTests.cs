using System.Text.Json;
using Commerce.GraphQL.Server.Relay;
using Commerce.GraphQL.Server.Tests.TestSupport;

namespace Commerce.GraphQL.Server.Tests.Relay;

public sealed class NodeFieldsTests(TestHost host) : IClassFixture<TestHost>
{
    [Fact]
    public async Task Node_ResolvesTypedObject_WhenIdIsKnown()
    {
        var body = await host.PostAsync("""
            query($id: ID!) { node(id: $id) { __typename id ... on Person { name } } }
            """, new { id = GlobalId.Encode("Person", 3) });

        Assert.Equal("Person", body.Data("node", "__typename").GetString());
        Assert.Equal("P3", body.Data("node", "name").GetString());
        Assert.Equal(GlobalId.Encode("Person", 3), body.Data("node", "id").GetString());
    }

    [Fact]
    public async Task Node_ReturnsNull_WhenIdIsWellFormedButUnknown()
    {
        var body = await host.PostAsync("""query($a: ID!) { a: node(id: $a) { id } }""", new { a = GlobalId.Encode("Person", 999) });

        Assert.False(body.HasErrors());
        Assert.Equal(JsonValueKind.Null, body.Data("a").ValueKind);
    }

    [Fact]
    public async Task Node_ReturnsInvalidId_WhenIdNamesATypeTheGraphDoesNotHave()
    {
        var body = await host.PostAsync("""query($id: ID!) { node(id: $id) { id } }""", new { id = GlobalId.Encode("Planet", 1) });

        Assert.Equal("INVALID_ID", body.FirstErrorCode());
        Assert.Equal(JsonValueKind.Null, body.Data("node").ValueKind);
    }

    [Theory]
    [InlineData("garbage!")]
    [InlineData("UGVyc29uOmFiYw")]
    public async Task Node_ReturnsInvalidId_WhenIdIsMalformed(string id)
    {
        var body = await host.PostAsync("""query($id: ID!) { node(id: $id) { id } }""", new { id });

        Assert.Equal("INVALID_ID", body.FirstErrorCode());
        Assert.Equal(JsonValueKind.Null, body.Data("node").ValueKind);
    }

    [Fact]
    public async Task Nodes_BatchesLoadsAndKeepsOrder_WithNullsForUnknown()
    {
        host.People.Batches.Clear();
        var ids = new[] { GlobalId.Encode("Person", 2), GlobalId.Encode("Person", 404), GlobalId.Encode("Person", 1) };

        var body = await host.PostAsync("""query($ids: [ID!]!) { nodes(ids: $ids) { ... on Person { name } } }""", new { ids });

        var nodes = body.Data("nodes");
        Assert.Equal("P2", nodes[0].GetProperty("name").GetString());
        Assert.Equal(JsonValueKind.Null, nodes[1].ValueKind);
        Assert.Equal("P1", nodes[2].GetProperty("name").GetString());
        Assert.Single(host.People.Batches);
    }

    [Fact]
    public async Task Nodes_ResolvesItemsFromSqliteInOneQuery_WhenTypesAreMixed()
    {
        await host.ResetItemsAsync(ItemSeed.Create(3));
        var ids = new[] { GlobalId.Encode("Item", 3), GlobalId.Encode("Person", 1), GlobalId.Encode("Item", 1) };

        var body = await host.PostAsync("""
            query($ids: [ID!]!) { nodes(ids: $ids) { __typename ... on Item { name } ... on Person { name } } }
            """, new { ids });

        Assert.Equal(["Item 03", "P1", "Item 01"], body.Data("nodes").EnumerateArray().Select(n => n.GetProperty("name").GetString()));
        Assert.Equal(["Item", "Person", "Item"], body.Data("nodes").EnumerateArray().Select(n => n.GetProperty("__typename").GetString()));
        Assert.Single(host.Sql.Commands);
    }

    [Fact]
    public async Task Nodes_ReturnsError_WhenMoreThan100Ids()
    {
        var ids = Enumerable.Range(1, 101).Select(i => GlobalId.Encode("Person", i)).ToArray();

        var body = await host.PostAsync("""query($ids: [ID!]!) { nodes(ids: $ids) { id } }""", new { ids });

        Assert.Equal("TOO_MANY_IDS", body.FirstErrorCode());
    }

    [Fact]
    public async Task ItemKey_ReturnsInvalidIdNamingType_WhenIdIsOfAnotherType()
    {
        var body = await host.PostAsync("""query($id: ID!) { itemKey(id: $id) }""", new { id = GlobalId.Encode("Person", 1) });

        var error = body.GetProperty("errors")[0];
        Assert.Equal("The value is not a valid Item ID.", error.GetProperty("message").GetString());
        Assert.Equal("INVALID_ID", error.GetProperty("extensions").GetProperty("code").GetString());
    }
}
