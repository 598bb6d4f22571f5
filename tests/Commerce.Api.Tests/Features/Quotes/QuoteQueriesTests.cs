using Commerce.Api.Tests.Infrastructure;
using Commerce.Domain.Quotes;
using Commerce.GraphQL.Server.Relay;
using Microsoft.EntityFrameworkCore;

namespace Commerce.Api.Tests.Features.Quotes;

[Collection(GraphCollection.Name)]
public sealed class QuoteQueriesTests(GraphFixture fixture)
{
    [Fact]
    public async Task Quotes_ReturnsStatusMatchesNewestFirst_WhenFilteredByStatus()
    {
        await using var db = fixture.CreateDbContext();
        var expected = (await db.Quotes.Where(q => q.Status == QuoteStatus.Accepted || q.Status == QuoteStatus.Expired).ToListAsync())
            .OrderByDescending(q => q.CreatedAt).ThenByDescending(q => q.Id).Select(q => q.Number).ToList();

        var data = await fixture.Client.QueryAsync("""
            { quotes(first: 100, where: { status: { in: [ACCEPTED, EXPIRED] } }) { totalCount nodes { number status } } }
            """);

        Assert.NotEmpty(expected);
        Assert.Equal(expected, data.Nodes("quotes").Strings("number"));
        Assert.Equal(expected.Count, data["quotes"]!["totalCount"]!.GetValue<int>());
    }

    [Fact]
    public async Task Quotes_ReturnsCustomersQuotes_WhenFilteredByCustomerOrReadFromCustomer()
    {
        await using var db = fixture.CreateDbContext();
        var customerId = await db.Quotes.GroupBy(q => q.CustomerId).OrderByDescending(g => g.Count()).ThenBy(g => g.Key).Select(g => g.Key).FirstAsync();
        var expected = (await db.Quotes.Where(q => q.CustomerId == customerId).ToListAsync())
            .OrderByDescending(q => q.CreatedAt).ThenByDescending(q => q.Id).Select(q => q.Number).ToList();

        var data = await fixture.Client.QueryAsync("""
            query ($id: ID!) {
              quotes(where: { customer: { eq: $id } }) { nodes { number customer { id } } }
              customer(id: $id) { quotes { totalCount nodes { number } } }
            }
            """, new { id = GlobalId.Encode("Customer", customerId) });

        Assert.Equal(expected, data.Nodes("quotes").Strings("number"));
        Assert.Equal(expected, data["customer"]!.Nodes("quotes").Strings("number"));
        Assert.Equal(expected.Count, data["customer"]!["quotes"]!["totalCount"]!.GetValue<int>());
    }

    [Fact]
    public async Task Quote_ReturnsRevisionsByNumberWithConsistentTotals_WhenLookedUpByNumber()
    {
        await using var db = fixture.CreateDbContext();
        var quote = await MultiRevisionQuoteAsync(db);
        var revisions = await db.QuoteRevisions.Where(r => r.QuoteId == quote.Id).Include(r => r.Lines).OrderBy(r => r.Number).ToListAsync();

        var data = await fixture.Client.QueryAsync("""
            query ($number: String!) {
              quote(number: $number) {
                revisionCount
                latestRevision { number }
                revisions { number total { minorUnits currencyCode } lines { quantity unitPrice { minorUnits } lineTotal { minorUnits } } }
              }
            }
            """, new { number = quote.Number });

        var graph = data["quote"]!;
        var graphRevisions = graph["revisions"]!.AsArray();
        Assert.Equal(revisions.Select(r => r.Number), graphRevisions.Select(r => r!["number"]!.GetValue<int>()));
        Assert.Equal(revisions.Count, graph["revisionCount"]!.GetValue<int>());
        Assert.Equal(revisions.Max(r => r.Number), graph["latestRevision"]!["number"]!.GetValue<int>());
        foreach (var (revision, node) in revisions.Zip(graphRevisions))
        {
            var lineTotals = node!["lines"]!.AsArray().Select(l => l!["lineTotal"]!["minorUnits"]!.GetValue<long>()).ToList();
            Assert.Equal(revision.TotalMinorUnits, node["total"]!["minorUnits"]!.GetValue<long>());
            Assert.Equal(revision.Currency, node["total"]!["currencyCode"]!.GetValue<string>());
            Assert.Equal(revision.Lines.Sum(l => l.Quantity * l.UnitPriceMinorUnits), revision.TotalMinorUnits);
            Assert.Equal(revision.TotalMinorUnits, lineTotals.Sum());
        }
    }

    [Fact]
    public async Task Quotes_LinkToTheirOrder_WhenAccepted()
    {
        await using var db = fixture.CreateDbContext();
        var expected = await db.Quotes.Where(q => q.Status == QuoteStatus.Accepted)
            .Join(db.Orders, q => q.OrderId, o => (int?)o.Id, (q, o) => new { q.Number, Order = o.Number }).ToListAsync();

        var data = await fixture.Client.QueryAsync("""
            { quotes(first: 100, where: { status: { eq: ACCEPTED } }) { nodes { number order { number } } } }
            """);

        var actual = data["quotes"]!["nodes"]!.AsArray()
            .Select(n => new { Number = n!["number"]!.GetValue<string>(), Order = n["order"]!["number"]!.GetValue<string>() });
        Assert.NotEmpty(expected);
        Assert.Equal(expected.OrderBy(e => e.Number), actual.OrderBy(a => a.Number));
    }

    internal static async Task<Quote> MultiRevisionQuoteAsync(Commerce.Infrastructure.Persistence.CommerceDbContext db) =>
        await db.Quotes.Where(q => db.QuoteRevisions.Count(r => r.QuoteId == q.Id) >= 3).OrderBy(q => q.Id).FirstAsync();
}
