using System.Text;
using Commerce.Api.Tests.Infrastructure;
using Commerce.GraphQL.Server.Relay;
using Microsoft.EntityFrameworkCore;

namespace Commerce.Api.Tests.Relay;

/// <summary><c>node</c>/<c>nodes</c> on the real schema: bad ids are client errors, never internal faults.</summary>
[Collection(GraphCollection.Name)]
public sealed class NodeTests(GraphFixture fixture)
{
    [Theory]
    [InlineData("!!!")]
    [InlineData("")]
    [InlineData("UXVvdGU6YWJj")] // "Quote:abc": a known type with a key that is not an int
    [InlineData("Tm9wZQ")]      // "Nope": no type separator
    public async Task Node_ReturnsInvalidId_WhenIdIsMalformed(string id)
    {
        var response = await fixture.Client.PostAsync("query ($id: ID!) { node(id: $id) { id } }", new { id });

        Assert.Equal(System.Net.HttpStatusCode.OK, response.Status);
        Assert.Equal("INVALID_ID", response.ErrorCode);
        Assert.Matches("^The value is not a valid (Quote )?ID\\.$", response.ErrorMessages);
        Assert.Null(response.Data?["node"]);
    }

    [Fact]
    public async Task Node_ReturnsInvalidId_WhenTypeIsUnknown()
    {
        var response = await fixture.Client.PostAsync("query ($id: ID!) { node(id: $id) { id } }",
            new { id = Base64Url("Nope:1") });

        Assert.Equal("INVALID_ID", response.ErrorCode);
        Assert.Null(response.Data?["node"]);
    }

    [Fact]
    public async Task Node_ReturnsNull_WhenObjectDoesNotExist()
    {
        var data = await fixture.Client.QueryAsync("query ($id: ID!) { node(id: $id) { id } }",
            new { id = GlobalId.Encode("Quote", 999_999) });

        Assert.Null(data["node"]);
    }

    [Fact]
    public async Task Nodes_ReturnsTooManyIds_WhenGivenMoreThan100Ids()
    {
        var ids = Enumerable.Range(1, NodeFields.MaxIds + 1).Select(i => GlobalId.Encode("Vendor", i)).ToArray();

        var response = await fixture.Client.PostAsync("query ($ids: [ID!]!) { nodes(ids: $ids) { id } }", new { ids });

        Assert.Equal("TOO_MANY_IDS", response.ErrorCode);
        Assert.Equal(0, response.SqlCommands);
    }

    [Fact]
    public async Task Nodes_RefetchesQuoteTypes_WithRevisionLinePricedInItsRevisionsCurrency()
    {
        await using var db = fixture.CreateDbContext();
        var line = await db.QuoteRevisionLines.Include(l => l.Revision).OrderBy(l => l.Id).FirstAsync();
        var quoteLine = await db.QuoteLines.OrderBy(l => l.Id).FirstAsync();
        var ids = new[]
        {
            GlobalId.Encode("Quote", line.Revision!.QuoteId), GlobalId.Encode("QuoteLine", quoteLine.Id),
            GlobalId.Encode("QuoteRevision", line.QuoteRevisionId), GlobalId.Encode("QuoteRevisionLine", line.Id),
        };

        var data = await fixture.Client.QueryAsync("""
            query ($ids: [ID!]!) { nodes(ids: $ids) { __typename id ... on QuoteRevisionLine { unitPrice { minorUnits currencyCode } } } }
            """, new { ids });

        var nodes = data["nodes"]!.AsArray();
        Assert.Equal(["Quote", "QuoteLine", "QuoteRevision", "QuoteRevisionLine"], nodes.Select(n => n!["__typename"]!.GetValue<string>()));
        Assert.Equal(ids, nodes.Select(n => n!["id"]!.GetValue<string>()));
        Assert.Equal(line.UnitPriceMinorUnits, nodes[3]!["unitPrice"]!["minorUnits"]!.GetValue<long>());
        Assert.Equal(line.Revision.Currency, nodes[3]!["unitPrice"]!["currencyCode"]!.GetValue<string>());
    }

    private static string Base64Url(string text) => System.Buffers.Text.Base64Url.EncodeToString(Encoding.UTF8.GetBytes(text));
}
