using Commerce.GraphQL.Server.Http;
using Commerce.GraphQL.Server.Tests.TestSupport;
using Microsoft.Extensions.DependencyInjection;

namespace Commerce.GraphQL.Server.Tests.Http;

/// <summary>A document is parsed and validated once per text; only what validated is kept.</summary>
public sealed class ValidatedDocumentCacheTests : IAsyncLifetime
{
    private readonly TestHost _host = new();

    public Task InitializeAsync() => _host.InitializeAsync();

    public Task DisposeAsync() => _host.DisposeAsync();

    [Fact]
    public async Task Post_ValidatesOnce_WhenTheSameQueryComesAgain()
    {
        var first = await _host.PostAsync("{ hello }");
        var second = await _host.PostAsync("{ hello }");
        var other = await _host.PostAsync("{ again: hello }");

        Assert.Equal("world", first.Data("hello").GetString());
        Assert.Equal("world", second.Data("hello").GetString());
        Assert.Equal("world", other.Data("again").GetString());
        Assert.Equal(2, _host.Validations.Runs);
    }

    [Fact]
    public async Task Post_ValidatesEveryTime_WhenTheQueryIsInvalid()
    {
        await _host.PostAsync("{ nope }");
        var again = await _host.PostAsync("{ nope }");

        Assert.True(again.HasErrors());
        Assert.Equal(2, _host.Validations.Runs);
        Assert.Equal(0, _host.Services.GetRequiredService<ValidatedDocumentCache>().Count);
    }

    [Fact]
    public async Task Post_StillCoercesVariables_WhenTheDocumentIsCached()
    {
        const string query = "query ($id: ID!) { itemKey(id: $id) }";
        await _host.PostAsync(query, new { id = "SXRlbToy" });

        var bad = await _host.PostAsync(query, new { id = (string?)null });

        Assert.True(bad.HasErrors());
        Assert.Equal(1, _host.Validations.Runs);
    }

    [Fact]
    public async Task Cache_KeepsNoMoreThanItsCapacity()
    {
        var cache = new ValidatedDocumentCache(capacity: 0);
        var options = new global::GraphQL.ExecutionOptions { Query = "{ hello }" };

        await cache.ExecuteAsync(options, _ => Task.FromResult(new global::GraphQL.ExecutionResult { Executed = true, Document = GraphQLParser.Parser.Parse("{ hello }") }));

        Assert.Equal(0, cache.Count);
    }
}
