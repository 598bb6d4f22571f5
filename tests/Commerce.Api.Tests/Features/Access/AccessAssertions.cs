using Commerce.Api.Tests.Infrastructure;

namespace Commerce.Api.Tests.Features.Access;

/// <summary>The shapes of a refusal: before execution (no data) or at a field while the rest ran.</summary>
public static class AccessAssertions
{
    public const string Forbidden = "FORBIDDEN";
    public const string Unauthenticated = "UNAUTHENTICATED";

    /// <summary>The request was refused before anything ran: no <c>data</c>, every error carries <paramref name="code"/>.</summary>
    public static void AssertRefusedBeforeExecution(GraphQLResponse response, string code)
    {
        AssertErrorsAre(response, code);
        Assert.Null(response.Data);
    }

    /// <summary>At least one error, and every error carries <paramref name="code"/>.</summary>
    public static void AssertErrorsAre(GraphQLResponse response, string code)
    {
        Assert.True(response.Errors is { Count: > 0 }, $"Expected {code}, got: {response}");
        Assert.All(response.Errors!, e => Assert.Equal(code, e!["extensions"]?["code"]?.GetValue<string>()));
    }
}
