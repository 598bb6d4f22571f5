using Commerce.GraphQL.Server.Tests.TestSupport.Shop;

namespace Commerce.GraphQL.Server.Tests.Limits;

/// <summary>Depth, alias and operation caps, here set low: 3 levels, 2 aliases, 2 operations.</summary>
public sealed class DocumentLimitsTests : IAsyncLifetime
{
    private readonly ShopHost _host = new(o =>
    {
        o.MaxDepth = 3;
        o.MaxAliases = 2;
        o.MaxOperations = 2;
    });

    public Task InitializeAsync() => _host.InitializeAsync();

    public Task DisposeAsync() => _host.DisposeAsync();

    [Fact]
    public async Task Depth_IsAllowed_UpToTheLimit()
    {
        var response = await _host.SendAsync("{ featured { related { name } } }");

        Assert.Empty(response.ErrorCodes);
    }

    [Theory]
    [InlineData("{ top { related { related { name } } } }")]
    [InlineData("{ top { ...R } } fragment R on Widget { related { related { name } } }")]
    [InlineData("query($s: Boolean = true) { top { related { related @skip(if: $s) { name } } } }")]
    public async Task Depth_IsRefused_BeyondTheLimit(string query)
    {
        var response = await _host.SendAsync(query);

        Assert.Equal(["MAX_DEPTH_EXCEEDED"], response.ErrorCodes);
        Assert.Equal("The operation nests fields 4 deep; at most 3 levels are allowed.",
            response.Body.GetProperty("errors")[0].GetProperty("message").GetString());
    }

    [Fact]
    public async Task Depth_IgnoresIntrospection_SoTheIdeCanLoadTheSchema()
    {
        var response = await _host.SendAsync("""
            { __schema { types { name fields { name type { name ofType { name ofType { name ofType { name ofType { name } } } } } } } } }
            """);

        Assert.Empty(response.ErrorCodes);
        Assert.Equal(0, response.RequestedCost);
    }

    [Fact]
    public async Task Aliases_AreRefused_BeyondTheLimit()
    {
        var allowed = await _host.SendAsync("{ a: hello b: hello hello }");
        var refused = await _host.SendAsync("{ a: hello b: hello c: hello }");

        Assert.Empty(allowed.ErrorCodes);
        Assert.Equal(["MAX_ALIASES_EXCEEDED"], refused.ErrorCodes);
        Assert.Contains("at most 2", refused.Body.GetProperty("errors")[0].GetProperty("message").GetString());
    }

    [Fact]
    public async Task Operations_AreRefused_BeyondTheLimit()
    {
        var response = await _host.SendAsync("query A { hello } query B { hello } query C { hello }", operationName: "A");

        Assert.Equal(["MAX_OPERATIONS_EXCEEDED"], response.ErrorCodes);
        Assert.Equal("The document defines 3 operations; at most 2 are allowed.", response.Body.GetProperty("errors")[0].GetProperty("message").GetString());
    }
}
