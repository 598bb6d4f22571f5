using Commerce.Api.Auth;
using Commerce.Api.Features.Webhooks;
using Commerce.Api.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Commerce.Api.Tests.Features.Webhooks.Outbound;

/// <summary>Managing endpoints in the graph, on a host that refuses private addresses (the production setting).</summary>
public sealed class WebhookEndpointMutationsTests(WebhookEndpointMutationsTests.PublicOnlyShop shop) : IClassFixture<WebhookEndpointMutationsTests.PublicOnlyShop>
{
    public sealed class PublicOnlyShop() : CommerceApiFactory(seedDemoData: false);

    private const string Rotate = """
        mutation ($input: RotateWebhookSecretInput!) { rotateWebhookSecret(input: $input) { secret webhookEndpoint { previousSecretExpiresAt } userErrors { code field } } }
        """;

    private GraphQLClient Client => new(shop.CreateClient());

    [Theory]
    [InlineData("http://127.0.0.1:8080/hooks")]
    [InlineData("http://localhost/hooks")]
    [InlineData("http://[::1]/hooks")]
    [InlineData("http://10.0.0.7/hooks")]
    [InlineData("http://192.168.1.20/hooks")]
    [InlineData("http://169.254.169.254/latest/meta-data")]
    [InlineData("ftp://hooks.example.com/in")]
    [InlineData("file:///etc/passwd")]
    [InlineData("hooks.example.com/in")]
    public async Task CreateWebhookEndpoint_ReturnsInvalidValue_WhenUrlIsNotPublicHttp(string url)
    {
        var payload = await Client.MutateAsync("createWebhookEndpoint", WebhookGraph.Create, new { url, events = new[] { "order.created" } });

        Assert.Equal(["INVALID_VALUE at input.url"], payload.UserErrors());
        Assert.Null(payload["secret"]);
    }

    [Fact]
    public async Task CreateWebhookEndpoint_ReturnsInvalidValue_WhenEventsAreMalformedOrMissing()
    {
        var malformed = await Client.MutateAsync("createWebhookEndpoint", WebhookGraph.Create, new { url = "https://hooks.example.com/in", events = new[] { "order", "Order.Created" } });
        var missing = await Client.MutateAsync("createWebhookEndpoint", WebhookGraph.Create, new { url = "https://hooks.example.com/in", events = Array.Empty<string>() });

        Assert.Equal(["INVALID_VALUE at input.events", "INVALID_VALUE at input.events"], malformed.UserErrors());
        Assert.Equal(["INVALID_VALUE at input.events"], missing.UserErrors());
    }

    [Fact]
    public async Task CreateWebhookEndpoint_ShowsSecretOnce_WhenUrlIsPublic()
    {
        var (id, secret) = await Client.CreateEndpointAsync("https://hooks.example.com/in", "order.*", "payment.succeeded");

        Assert.StartsWith("whsec_", secret, StringComparison.Ordinal);
        Assert.True(secret.Length >= 40);
        var type = await Client.QueryAsync("""{ __type(name: "WebhookEndpoint") { fields { name } } }""");
        Assert.DoesNotContain(type["__type"]!["fields"]!.AsArray(), f => f!["name"]!.GetValue<string>() == "secret");
        var listed = await Client.QueryAsync("{ webhookEndpoints(first: 100) { nodes { id url events enabled } } }");
        var endpoint = Assert.Single(listed["webhookEndpoints"]!["nodes"]!.AsArray(), n => n!["id"]!.GetValue<string>() == id)!;
        Assert.Equal(["order.*", "payment.succeeded"], endpoint["events"]!.AsArray().Select(e => e!.GetValue<string>()));
        Assert.True(endpoint["enabled"]!.GetValue<bool>());
    }

    [Fact]
    public async Task RotateWebhookSecret_SignsWithBothSecrets_DuringGracePeriod()
    {
        var (id, oldSecret) = await Client.CreateEndpointAsync("https://hooks.example.com/rotate");

        var rotated = await Client.MutateAsync("rotateWebhookSecret", Rotate, new { id, gracePeriodMinutes = 60 });
        var newSecret = rotated["secret"]!.GetValue<string>();

        Assert.NotEqual(oldSecret, newSecret);
        Assert.NotNull(rotated["webhookEndpoint"]!["previousSecretExpiresAt"]);
        await using var db = shop.CreateDbContext();
        var endpoint = await db.WebhookEndpoints.SingleAsync(e => e.Url == "https://hooks.example.com/rotate");
        var header = WebhookSignature.Sign(endpoint.SigningSecrets(DateTime.UtcNow), DateTimeOffset.UtcNow, "{}");
        Assert.True(WebhookSignature.Verify(header, "{}", [oldSecret], DateTimeOffset.UtcNow, TimeSpan.FromMinutes(5)));
        Assert.True(WebhookSignature.Verify(header, "{}", [newSecret], DateTimeOffset.UtcNow, TimeSpan.FromMinutes(5)));
        Assert.Equal([newSecret], endpoint.SigningSecrets(DateTime.UtcNow.AddMinutes(61)));
    }

    [Fact]
    public async Task RotateWebhookSecret_RetiresOldSecretAtOnce_WhenGraceIsZero_AndRefusesTooLongGrace()
    {
        var (id, _) = await Client.CreateEndpointAsync("https://hooks.example.com/rotate-now");

        var now = await Client.MutateAsync("rotateWebhookSecret", Rotate, new { id, gracePeriodMinutes = 0 });
        var tooLong = await Client.MutateAsync("rotateWebhookSecret", Rotate, new { id, gracePeriodMinutes = 20_000 });

        Assert.Null(now["webhookEndpoint"]!["previousSecretExpiresAt"]);
        Assert.Equal(["INVALID_VALUE at input.gracePeriodMinutes"], tooLong.UserErrors());
    }

    [Fact]
    public async Task UpdateWebhookEndpoint_ChangesGivenFields_AndRefusesPrivateUrl()
    {
        var (id, _) = await Client.CreateEndpointAsync("https://hooks.example.com/update", "order.created");
        const string update = """
            mutation ($input: UpdateWebhookEndpointInput!) { updateWebhookEndpoint(input: $input) { webhookEndpoint { url events enabled description } userErrors { code field } } }
            """;

        var changed = await Client.MutateAsync("updateWebhookEndpoint", update, new { id, events = new[] { "*" }, enabled = false, description = "ERP" });
        var refused = await Client.MutateAsync("updateWebhookEndpoint", update, new { id, url = "http://172.16.0.1/x" });

        Assert.Equal("https://hooks.example.com/update", changed["webhookEndpoint"]!["url"]!.GetValue<string>());
        Assert.Equal(["*"], changed["webhookEndpoint"]!["events"]!.AsArray().Select(e => e!.GetValue<string>()));
        Assert.False(changed["webhookEndpoint"]!["enabled"]!.GetValue<bool>());
        Assert.Equal("ERP", changed["webhookEndpoint"]!["description"]!.GetValue<string>());
        Assert.Equal(["INVALID_VALUE at input.url"], refused.UserErrors());
    }

    [Fact]
    public async Task WebhookMutations_AreRefused_WithoutWriteWebhooksScope()
    {
        var ordersOnly = shop.CreateGraphQLClient(await shop.CreateApiKeyAsync(Scopes.WriteOrders));
        var hooks = shop.CreateGraphQLClient(await shop.CreateApiKeyAsync(Scopes.WriteWebhooks));
        var input = new { url = "https://hooks.example.com/scoped", events = new[] { "order.created" } };

        var refused = await ordersOnly.PostAsync(WebhookGraph.Create, new { input });
        var allowed = await hooks.MutateAsync("createWebhookEndpoint", WebhookGraph.Create, input);

        Assert.NotNull(refused.Errors);
        Assert.Empty(allowed.UserErrors());
    }
}
