using Commerce.Api.Tests.Infrastructure;
using Commerce.GraphQL.Server.Relay;
using Microsoft.EntityFrameworkCore;

namespace Commerce.Api.Tests.Features.Quotes;

[Collection(GraphCollection.Name)]
public sealed class QuoteDiffTests(GraphFixture fixture)
{
    private const string Diff = """
        query ($id: ID!, $from: Int!, $to: Int!) {
          node(id: $id) {
            ... on Quote {
              diff(from: $from, to: $to) {
                from to totalBefore { minorUnits } totalAfter { minorUnits }
                lines { kind variant { id } quantityBefore quantityAfter unitPriceBefore { minorUnits } unitPriceAfter { minorUnits } }
              }
            }
          }
        }
        """;

    [Fact]
    public async Task Diff_MatchesRevisionRows_BetweenRevisions1And2()
    {
        await using var db = fixture.CreateDbContext();
        var quote = await QuoteQueriesTests.MultiRevisionQuoteAsync(db);
        var revisions = await db.QuoteRevisions.Where(r => r.QuoteId == quote.Id && r.Number <= 2).Include(r => r.Lines).OrderBy(r => r.Number).ToListAsync();
        var (first, second) = (revisions[0], revisions[1]);

        var response = await fixture.Client.PostAsync(Diff, new { id = GlobalId.Encode("Quote", quote.Id), from = 1, to = 2 });

        var diff = response.Data!["node"]!["diff"]!;
        Assert.Equal(first.TotalMinorUnits, diff["totalBefore"]!["minorUnits"]!.GetValue<long>());
        Assert.Equal(second.TotalMinorUnits, diff["totalAfter"]!["minorUnits"]!.GetValue<long>());
        var lines = diff["lines"]!.AsArray();
        Assert.Equal(second.Lines.Count, lines.Count);
        foreach (var (after, node) in second.Lines.OrderBy(l => l.Id).Zip(lines))
        {
            var before = first.Lines.Single(l => l.VariantId == after.VariantId);
            var changed = before.Quantity != after.Quantity || before.UnitPriceMinorUnits != after.UnitPriceMinorUnits;
            Assert.Equal(GlobalId.Encode("ProductVariant", after.VariantId), node!["variant"]!["id"]!.GetValue<string>());
            Assert.Equal(changed ? "CHANGED" : "UNCHANGED", node["kind"]!.GetValue<string>());
            Assert.Equal(before.Quantity, node["quantityBefore"]!.GetValue<int>());
            Assert.Equal(after.Quantity, node["quantityAfter"]!.GetValue<int>());
            Assert.Equal(before.UnitPriceMinorUnits, node["unitPriceBefore"]!["minorUnits"]!.GetValue<long>());
            Assert.Equal(after.UnitPriceMinorUnits, node["unitPriceAfter"]!["minorUnits"]!.GetValue<long>());
        }
    }

    [Fact]
    public async Task Diff_ReturnsInvalidArguments_WhenRevisionNumberIsUnknown()
    {
        await using var db = fixture.CreateDbContext();
        var quote = await QuoteQueriesTests.MultiRevisionQuoteAsync(db);

        var response = await fixture.Client.PostAsync(Diff, new { id = GlobalId.Encode("Quote", quote.Id), from = 1, to = 99 });

        Assert.Equal("INVALID_ARGUMENTS", response.ErrorCode);
        Assert.Contains($"{quote.Number} has no revision 99", response.ErrorMessages, StringComparison.Ordinal);
    }
}
