using Commerce.GraphQL.Server.Http;

namespace Commerce.GraphQL.Server.Tests.Http;

public sealed class ParsedDocumentCacheTests
{
    [Fact]
    public void GetOrParse_ReturnsTheSameDocument_WhenTheSameTextComesAgain()
    {
        var cache = new ParsedDocumentCache(capacity: 10);

        var first = cache.GetOrParse("{ hello }");
        var second = cache.GetOrParse("{ hello }");

        Assert.NotNull(first);
        Assert.Same(first, second);
        Assert.Equal(1, cache.Count);
    }

    [Fact]
    public void GetOrParse_ReturnsNullAndKeepsNothing_WhenTheTextIsNotGraphQL()
    {
        var cache = new ParsedDocumentCache(capacity: 10);

        Assert.Null(cache.GetOrParse("{ hello "));
        Assert.Equal(0, cache.Count);
    }

    [Fact]
    public void GetOrParse_StillParsesButKeepsNoMore_WhenFull()
    {
        var cache = new ParsedDocumentCache(capacity: 2);

        var documents = Enumerable.Range(0, 5).Select(i => cache.GetOrParse($"{{ a{i}: hello }}")).ToList();

        Assert.All(documents, Assert.NotNull);
        Assert.Equal(2, cache.Count);
        Assert.NotSame(cache.GetOrParse("{ a4: hello }"), documents[4]);
    }

    [Fact]
    public void GetOrParse_DoesNotKeepHugeTexts()
    {
        var cache = new ParsedDocumentCache(capacity: 10);
        var huge = "{ hello " + new string(' ', ParsedDocumentCache.MaxCachedQueryLength) + "}";

        Assert.NotNull(cache.GetOrParse(huge));
        Assert.Equal(0, cache.Count);
    }
}
