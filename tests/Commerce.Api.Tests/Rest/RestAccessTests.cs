using System.Net;
using Commerce.Api.Auth;
using Commerce.Api.Tests.Infrastructure;
using Commerce.GraphQL.Server.Relay;
using Microsoft.EntityFrameworkCore;

namespace Commerce.Api.Tests.Rest;

/// <summary>Who may call the shim (401/403), unknown ids (404), ETag/304 and the OpenAPI document, over the shared demo shop.</summary>
[Collection(GraphCollection.Name)]
public sealed class RestAccessTests(GraphFixture fixture)
{
    [Fact]
    public async Task Get_Returns401InTheErrorEnvelope_WhenNoKeyIsSent()
    {
        using var http = fixture.Factory.CreateClient().WithKey(null);

        var response = await http.GetRestAsync("/api/v1/products");

        Assert.Equal(HttpStatusCode.Unauthorized, response.Status);
        Assert.Equal("UNAUTHENTICATED", response.ErrorCode);
        Assert.Empty(response.Body!["error"]!["details"]!.AsArray());
        Assert.Equal("Bearer", response.Header("WWW-Authenticate"));
    }

    [Fact]
    public async Task Get_Returns401InTheErrorEnvelope_WhenTheKeyIsUnknown()
    {
        using var http = fixture.Factory.CreateClient().WithKey("cgk_not_a_real_key");

        var response = await http.GetRestAsync("/api/v1/products");

        Assert.Equal((HttpStatusCode.Unauthorized, "UNAUTHENTICATED"), (response.Status, response.ErrorCode));
    }

    [Fact]
    public async Task Get_Returns403_WhenTheKeyLacksTheReadScope()
    {
        using var http = fixture.Factory.CreateClient().WithKey(await fixture.Factory.CreateApiKeyAsync(Scopes.ReadProducts));

        var orders = await http.GetRestAsync("/api/v1/orders");
        var products = await http.GetRestAsync("/api/v1/products");

        Assert.Equal(HttpStatusCode.Forbidden, orders.Status);
        Assert.Equal("FORBIDDEN", orders.ErrorCode);
        Assert.Contains("read:orders", orders.ErrorMessage);
        Assert.Equal(HttpStatusCode.OK, products.Status);
    }

    [Fact]
    public async Task Post_Returns403AndChangesNothing_WhenTheKeyOnlyReads()
    {
        using var http = fixture.Factory.CreateClient().WithKey(await fixture.Factory.CreateApiKeyAsync(Scopes.ReadCustomers));

        var response = await http.PostRestAsync("/api/v1/customers", new { email = "reader@example.com", firstName = "R", lastName = "O" });

        Assert.Equal(HttpStatusCode.Forbidden, response.Status);
        await using var db = fixture.CreateDbContext();
        Assert.False(await db.Customers.AnyAsync(c => c.Email == "reader@example.com"));
    }

    [Fact]
    public async Task Request_Works_WithTheKeyInXApiKey()
    {
        using var http = fixture.Factory.CreateClient().WithKey(null);
        http.DefaultRequestHeaders.Add("X-API-Key", await fixture.Factory.CreateApiKeyAsync(Scopes.ReadCustomers));

        var response = await http.GetRestAsync("/api/v1/customers?limit=1");

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Single(response.Data);
    }

    [Theory]
    [InlineData("/api/v1/products/{0}")]
    [InlineData("/api/v1/orders/{0}")]
    [InlineData("/api/v1/customers/{0}")]
    public async Task Get_Returns404_WhenTheIdNamesNoRowOrAnotherType(string template)
    {
        var http = fixture.Factory.CreateClient();

        var missing = await http.GetRestAsync(string.Format(template, GlobalId.Encode(template.Split('/')[3] switch
        {
            "products" => "Product", "orders" => "Order", _ => "Customer",
        }, 999_999)));
        var otherType = await http.GetRestAsync(string.Format(template, GlobalId.Encode("Vendor", 1)));

        Assert.Equal((HttpStatusCode.NotFound, "NOT_FOUND"), (missing.Status, missing.ErrorCode));
        Assert.Equal((HttpStatusCode.NotFound, "NOT_FOUND"), (otherType.Status, otherType.ErrorCode));
    }

    [Fact]
    public async Task Get_Returns304WithoutBody_WhenIfNoneMatchCarriesTheETag()
    {
        var http = fixture.Factory.CreateClient();
        var first = await http.GetRestAsync("/api/v1/orders?limit=3");
        var etag = first.Header("ETag");

        var again = await http.GetRestAsync("/api/v1/orders?limit=3", etag);
        var otherPage = await http.GetRestAsync("/api/v1/orders?limit=3&page=2", etag);

        Assert.Matches("^\"[0-9a-f]{32}\"$", etag);
        Assert.Equal(HttpStatusCode.NotModified, again.Status);
        Assert.Null(again.Body);
        Assert.Equal(etag, again.Header("ETag"));
        Assert.Equal(HttpStatusCode.OK, otherPage.Status);
        Assert.NotEqual(etag, otherPage.Header("ETag"));
    }

    [Fact]
    public async Task Get_CarriesRateLimitHeaders_DrawnFromTheCallersBucket()
    {
        var http = fixture.Factory.CreateClient().WithKey(await fixture.Factory.CreateApiKeyAsync(Scopes.ReadProducts));

        var first = await http.GetRestAsync("/api/v1/products?limit=1");
        var second = await http.GetRestAsync("/api/v1/products?limit=1");

        Assert.Equal("50000", first.Header("X-RateLimit-Limit"));
        Assert.InRange(int.Parse(first.Header("X-RateLimit-Remaining"), System.Globalization.CultureInfo.InvariantCulture), 49_990, 49_999);
        Assert.NotNull(second.Header("X-RateLimit-Reset"));
    }

    [Fact]
    public async Task OpenApi_DescribesEveryResourceWithItsQueryParameters_WithoutAKey()
    {
        using var http = fixture.Factory.CreateClient().WithKey(null);

        var response = await http.GetRestAsync("/api/v1/openapi.json");

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.StartsWith("3.", response.Body!["openapi"]!.GetValue<string>());
        var paths = response.Body["paths"]!.AsObject().Select(p => p.Key).ToList();
        Assert.Contains("/api/v1/products/{id}/archive", paths);
        Assert.Contains("/api/v1/orders/{id}/fulfillments", paths);
        Assert.Contains("/api/v1/inventory/adjust", paths);
        Assert.DoesNotContain(paths, p => p.StartsWith("/graphql", StringComparison.Ordinal) || p.StartsWith("/health", StringComparison.Ordinal));
        var listParameters = response.Body["paths"]!["/api/v1/orders"]!["get"]!["parameters"]!.AsArray().Strings("name");
        Assert.Equal(["page", "limit", "sort", "status", "paymentStatus", "fulfillmentStatus", "customerId", "email", "createdAfter", "createdBefore"], listParameters);
        Assert.NotNull(response.Body["components"]!["securitySchemes"]!["apiKey"]);
    }
}
