using System.Net;
using Commerce.Api.Hosting;
using Commerce.Api.Tests.Infrastructure;

namespace Commerce.Api.Tests.Features.Identity;

public sealed class CreateApiKeyCommandTests(EmptyShopFactory factory) : IClassFixture<EmptyShopFactory>
{
    [Fact]
    public async Task CreateApiKey_PrintsAWorkingKeyOnce_WhenNameAndScopesAreGiven()
    {
        var output = new StringWriter();

        var exit = await CommandLine.RunAsync(["create-api-key", "--name", "Back office", "--scopes", "admin,read:orders"], factory.Services, output, CancellationToken.None);

        Assert.Equal(0, exit);
        var key = output.ToString().Split('\n').Select(l => l.Trim()).Single(l => l.StartsWith("cgk_", StringComparison.Ordinal));
        var data = await factory.CreateGraphQLClient(key).QueryAsync("{ apiKeys(first: 100) { nodes { name scopes lastUsedAt } } }");
        var created = data.Nodes("apiKeys").Single(n => n!["name"]!.GetValue<string>() == "Back office")!;
        Assert.Equal(["ADMIN", "READ_ORDERS"], created["scopes"]!.AsArray().Select(s => s!.GetValue<string>()));
        Assert.NotNull(created["lastUsedAt"]);   // this very request used the printed key
    }

    [Fact]
    public async Task CreateApiKey_FailsWithUsage_WhenAScopeIsUnknown()
    {
        var output = new StringWriter();

        var exit = await CommandLine.RunAsync(["create-api-key", "--name", "Bad", "--scopes", "customer"], factory.Services, output, CancellationToken.None);

        Assert.Equal(2, exit);
        Assert.Contains("Unknown scopes: customer", output.ToString());
        Assert.DoesNotContain("cgk_", output.ToString());
    }

    [Fact]
    public async Task Request_Returns401_WhenThePrintedKeyIsAltered()
    {
        var output = new StringWriter();
        await CommandLine.RunAsync(["create-api-key", "--name", "Altered", "--scopes", "read:orders"], factory.Services, output, CancellationToken.None);
        var key = output.ToString().Split('\n').Select(l => l.Trim()).Single(l => l.StartsWith("cgk_", StringComparison.Ordinal));

        var response = await factory.CreateGraphQLClient(key.ToUpperInvariant()).PostAsync("{ __typename }");

        Assert.Equal(HttpStatusCode.Unauthorized, response.Status);
    }
}
