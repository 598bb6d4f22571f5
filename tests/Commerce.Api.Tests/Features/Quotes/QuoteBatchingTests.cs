using Commerce.Api.Tests.Infrastructure;

namespace Commerce.Api.Tests.Features.Quotes;

[Collection(GraphCollection.Name)]
public sealed class QuoteBatchingTests(GraphFixture fixture)
{
    private const string DeepQuery = """
        query ($first: Int!) {
          quotes(first: $first, order: [{ id: ASC }]) {
            nodes {
              customer { email }
              lines { variant { sku } }
              revisions { total { amount } lines { lineTotal { amount } variant { sku } } }
            }
          }
        }
        """;

    // The page (1); then one level: customers, quote lines, revisions (3); then quote lines' variants and revision
    // lines (2). The revision lines' variants are the quote lines' variants, already in the request's cache (0).
    // Ordered by id so both pages hold quotes with revisions (the newest quotes may all be unanswered requests,
    // whose empty revision lists leave no revision lines to load).
    [Theory]
    [InlineData(5)]
    [InlineData(40)]
    public async Task Quotes_IssueOneQueryPerLoaderPerLevel_RegardlessOfPageSize(int first)
    {
        var response = await fixture.Client.PostAsync(DeepQuery, new { first });

        Assert.Null(response.Errors);
        Assert.Equal(first, response.Data!["quotes"]!["nodes"]!.AsArray().Count);
        Assert.Equal(6, response.SqlCommands);
    }
}
