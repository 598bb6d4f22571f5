using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using Commerce.Api.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Commerce.Api.Tests.Features.Identity;

public sealed class ApiKeyTests(EmptyShopFactory factory) : IClassFixture<EmptyShopFactory>
{
    private const string CreateKey = """
        mutation($input: CreateApiKeyInput!) {
          createApiKey(input: $input) { apiKey { id name prefix scopes lastUsedAt revokedAt } secret userErrors { code field } }
        }
        """;

    private const string ListKeys = "{ apiKeys(first: 100) { nodes { id name prefix scopes createdAt lastUsedAt revokedAt } } }";

    [Fact]
    public async Task CreateApiKey_ReturnsSecretThatAuthenticates_WhenAdminCreatesKey()
    {
        var (id, secret) = await CreateAsync("Integration", "READ_ORDERS");

        var response = await factory.CreateGraphQLClient(secret).PostAsync("{ __typename }");

        Assert.Equal(HttpStatusCode.OK, response.Status);
        var key = await FindKeyAsync(id);
        Assert.NotNull(key["lastUsedAt"]);   // the request was attributed to the key
        Assert.Equal(["READ_ORDERS"], key["scopes"]!.AsArray().Select(s => s!.GetValue<string>()));
        Assert.StartsWith("cgk_" + key["prefix"]!.GetValue<string>() + "_", secret);
    }

    [Fact]
    public async Task ApiKeys_NeverReturnSecretOrHash_WhenListed()
    {
        var (id, secret) = await CreateAsync("Listed", "ADMIN");

        var response = await new GraphQLClient(factory.CreateClient()).PostAsync(ListKeys);

        var text = response.Body.ToJsonString();
        Assert.Contains(id, text);
        Assert.DoesNotContain(secret[12..], text);
        await using var db = factory.CreateDbContext();
        var row = await db.ApiKeys.SingleAsync(k => k.Name == "Listed");
        Assert.Equal(SHA256.HashData(Encoding.UTF8.GetBytes(secret)), row.SecretHash);
        Assert.DoesNotContain(Convert.ToBase64String(row.SecretHash), text);
    }

    [Fact]
    public async Task RevokeApiKey_RejectsNextRequestWith401_WhenKeyWasRevoked()
    {
        var (id, secret) = await CreateAsync("Revoked", "READ_ORDERS");
        var client = factory.CreateGraphQLClient(secret);
        Assert.Equal(HttpStatusCode.OK, (await client.PostAsync("{ __typename }")).Status);

        var data = await new GraphQLClient(factory.CreateClient()).QueryAsync(
            "mutation($id: ID!) { revokeApiKey(input: { id: $id }) { apiKey { revokedAt } userErrors { code } } }", new { id });

        Assert.NotNull(data["revokeApiKey"]!["apiKey"]!["revokedAt"]);
        var refused = await client.PostAsync("{ __typename }");
        Assert.Equal(HttpStatusCode.Unauthorized, refused.Status);
        Assert.Equal("UNAUTHENTICATED", refused.ErrorCode);
    }

    [Fact]
    public async Task RevokeApiKey_ReturnsNotFound_WhenIdIsNotAnApiKey()
    {
        var data = await new GraphQLClient(factory.CreateClient()).QueryAsync(
            """mutation { revokeApiKey(input: { id: "nonsense" }) { apiKey { id } userErrors { code field } } }""");

        Assert.Equal("NOT_FOUND", data["revokeApiKey"]!["userErrors"]![0]!["code"]!.GetValue<string>());
    }

    [Fact]
    public async Task XApiKeyHeader_Authenticates_WhenKeyIsValidAndRefuses_WhenNot()
    {
        var (id, secret) = await CreateAsync("Legacy", "READ_ORDERS");
        using var http = factory.CreateClient();
        http.DefaultRequestHeaders.Authorization = null;

        http.DefaultRequestHeaders.Add("X-API-Key", secret);
        using var ok = await http.PostAsJsonAsync("/graphql", new { query = "{ __typename }" });
        http.DefaultRequestHeaders.Remove("X-API-Key");
        http.DefaultRequestHeaders.Add("X-API-Key", secret[..^1] + (secret[^1] == 'a' ? 'b' : 'a'));
        using var refused = await http.PostAsJsonAsync("/graphql", new { query = "{ __typename }" });

        Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
        Assert.NotNull((await FindKeyAsync(id))["lastUsedAt"]);
        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
    }

    [Theory]
    [InlineData("Bearer not-a-token")]
    [InlineData("Bearer cgk_AAAAAAAA_BBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBB")]
    [InlineData("Basic dXNlcjpwYXNz")]
    public async Task Request_Returns401WithChallenge_WhenCredentialIsGarbage(string authorization)
    {
        using var http = factory.CreateClient();
        http.DefaultRequestHeaders.Authorization = AuthenticationHeaderValue.Parse(authorization);

        using var response = await http.PostAsJsonAsync("/graphql", new { query = "{ __typename }" });

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("Bearer error=\"invalid_token\"", response.Headers.WwwAuthenticate.ToString());
        var body = System.Text.Json.Nodes.JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal("UNAUTHENTICATED", body["errors"]![0]!["extensions"]!["code"]!.GetValue<string>());
        Assert.Null(body["data"]);
    }

    [Fact]
    public async Task Request_RunsAnonymously_WhenNoCredentialIsSent()
    {
        var response = await factory.CreateAnonymousClient().PostAsync("{ __typename }");

        Assert.Equal(HttpStatusCode.OK, response.Status);
    }

    [Fact]
    public async Task CreateApiKey_ReturnsUserErrorAndAddsNoRow_WhenNameOrScopesMissing()
    {
        await using var db = factory.CreateDbContext();
        var before = await db.ApiKeys.CountAsync();

        var data = await new GraphQLClient(factory.CreateClient()).QueryAsync(CreateKey, new { input = new { name = " ", scopes = Array.Empty<string>() } });

        var fields = data["createApiKey"]!["userErrors"]!.AsArray().Select(e => e!["field"]![1]!.GetValue<string>());
        Assert.Equal(["name", "scopes"], fields);
        Assert.Null(data["createApiKey"]!["secret"]);
        Assert.Equal(before, await db.ApiKeys.CountAsync());
    }

    private async Task<(string Id, string Secret)> CreateAsync(string name, params string[] scopes)
    {
        var data = await new GraphQLClient(factory.CreateClient()).QueryAsync(CreateKey, new { input = new { name, scopes } });
        var payload = data["createApiKey"]!;
        Assert.Empty(payload["userErrors"]!.AsArray());
        return (payload["apiKey"]!["id"]!.GetValue<string>(), payload["secret"]!.GetValue<string>());
    }

    private async Task<System.Text.Json.Nodes.JsonNode> FindKeyAsync(string id)
    {
        var data = await new GraphQLClient(factory.CreateClient()).QueryAsync(ListKeys);
        return data.Nodes("apiKeys").Single(n => n!["id"]!.GetValue<string>() == id)!;
    }
}
