using System.Text;
using Commerce.Api.Tests.Infrastructure;

namespace Commerce.Api.Tests.Features.Access;

/// <summary>The Api's document caps (depth 15, 30 aliases) and its introspection setting in the Testing environment.</summary>
[Collection(GraphCollection.Name)]
public sealed class DocumentLimitsTests(GraphFixture fixture)
{
    [Fact]
    public async Task DeepQuery_IsRefusedWithMaxDepthExceeded_WhenNestingPassesFifteen()
    {
        var allowed = await fixture.Client.PostAsync(Nested(4));   // 2 + 3×4 + 1 = 15 fields deep
        var refused = await fixture.Client.PostAsync(Nested(5));   // 18 fields deep

        Assert.True(allowed.Errors is null, allowed.ToString());
        AccessAssertions.AssertRefusedBeforeExecution(refused, "MAX_DEPTH_EXCEEDED");
    }

    [Fact]
    public async Task AliasedQuery_IsRefusedWithMaxAliasesExceeded_WhenItHasMoreThanThirty()
    {
        var allowed = await fixture.AnonymousClient.PostAsync(Aliased(30));
        var refused = await fixture.AnonymousClient.PostAsync(Aliased(31));

        Assert.True(allowed.Errors is null, allowed.ToString());
        AccessAssertions.AssertRefusedBeforeExecution(refused, "MAX_ALIASES_EXCEEDED");
    }

    [Fact]
    public async Task Introspection_IsOpenToAnonymousCallers_InTheTestingEnvironmentWithTheIdeEnabled()
    {
        var data = await fixture.AnonymousClient.QueryAsync("{ __schema { queryType { name } } }");

        Assert.Equal("Query", data["__schema"]!["queryType"]!["name"]!.GetValue<string>());
    }

    // products(first: 1) { nodes { name } } with `vendor { products(first: 1) { nodes {` nested `levels` times inside.
    private static string Nested(int levels)
    {
        var text = new StringBuilder("{ products(first: 1) { nodes { ");
        text.Insert(text.Length, "vendor { products(first: 1) { nodes { ", levels);
        text.Append("name ");
        text.Append('}', 3 * levels + 2).Append(" }");
        return text.ToString();
    }

    private static string Aliased(int count) =>
        "{ " + string.Join(' ', Enumerable.Range(0, count).Select(i => $"p{i}: products(first: 1) {{ totalCount }}")) + " }";
}
