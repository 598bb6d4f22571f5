using Commerce.Api.Tests.Infrastructure;

namespace Commerce.Api.Tests.Bench;

/// <summary>The benchmark's order list operation runs against the schema, at a SQL cost independent of its page.</summary>
[Collection(GraphCollection.Name)]
public sealed class OrdersPageOperationTests(GraphFixture fixture)
{
    [Fact]
    public async Task OrdersPage_RunsWithoutErrorsInConstantSqlCommands_WhenExecutedFromTheBenchFolder()
    {
        var operation = await File.ReadAllTextAsync(Path.Combine(RepositoryRoot.Path, "bench", "operations", "orders-page.graphql"));

        var response = await fixture.Client.PostAsync(operation);

        Assert.Null(response.Errors);
        Assert.Equal(50, response.Data!.Nodes("orders").Count);
        // page + customers + lines + the orders whose currency the line prices are in.
        // page + customers + lines; line amounts reuse the order they were loaded under.
        Assert.Equal(3, response.SqlCommands);
    }
}
