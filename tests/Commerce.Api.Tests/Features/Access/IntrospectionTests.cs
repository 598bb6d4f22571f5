using Commerce.Api.Auth;
using Commerce.Api.Tests.Infrastructure;

namespace Commerce.Api.Tests.Features.Access;

/// <summary>With <c>GraphQL:AllowIntrospection=false</c> only admin keys may introspect.</summary>
public sealed class IntrospectionTests(IntrospectionTests.NoIntrospectionFactory factory) : IClassFixture<IntrospectionTests.NoIntrospectionFactory>
{
    private const string Introspect = "{ __schema { queryType { name } } }";

    [Fact]
    public async Task Introspection_Works_ForAnAdminKey()
    {
        var data = await new GraphQLClient(factory.CreateClient()).QueryAsync(Introspect);

        Assert.Equal("Query", data["__schema"]!["queryType"]!["name"]!.GetValue<string>());
    }

    [Fact]
    public async Task Introspection_IsRefused_ForANonAdminKeyAndAnonymousCallers()
    {
        var keyed = await factory.CreateGraphQLClient(await factory.CreateApiKeyAsync(Scopes.ReadOrders)).PostAsync(Introspect);
        var anonymous = await factory.CreateAnonymousClient().PostAsync("{ __type(name: \"Order\") { name } }");
        var typename = await factory.CreateAnonymousClient().PostAsync("{ __typename }");

        AccessAssertions.AssertRefusedBeforeExecution(keyed, "INTROSPECTION_DISABLED");
        AccessAssertions.AssertRefusedBeforeExecution(anonymous, "INTROSPECTION_DISABLED");
        Assert.True(typename.Errors is null, typename.ToString());
    }

    /// <summary>An empty shop with introspection turned off.</summary>
    public sealed class NoIntrospectionFactory()
        : CommerceApiFactory(seedDemoData: false, settings: new Dictionary<string, string?> { ["GraphQL:AllowIntrospection"] = "false" });
}
