using System.Net;
using Commerce.Api.Tests.Infrastructure;
using Commerce.Domain.Catalog;
using Microsoft.EntityFrameworkCore;

namespace Commerce.Api.Tests.Rest;

/// <summary>The list envelope, paging edges, sorting and filters of <c>/api/v1</c>, over the shared demo shop.</summary>
[Collection(GraphCollection.Name)]
public sealed class RestListTests(GraphFixture fixture)
{
    private readonly HttpClient _http = fixture.Factory.CreateClient();

    [Fact]
    public async Task ListProducts_ReturnsEnvelopeWithDefaultLimit_WhenNoParameters()
    {
        await using var db = fixture.CreateDbContext();
        var total = await db.Products.CountAsync();

        var response = await _http.GetRestAsync("/api/v1/products");

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal(Math.Min(20, total), response.Data.Count);
        Assert.Equal((total, 1, 20, (total + 19) / 20), (response.Meta("totalCount"), response.Meta("page"), response.Meta("limit"), response.Meta("pageCount")));
        var first = response.Data[0]!;
        Assert.StartsWith("UHJvZHVjd", first["id"]!.GetValue<string>());   // base64 of "Product:" — the graph's global id
        Assert.Matches(@"^\d+\.\d{2}$", first["variants"]![0]!["price"]!["amount"]!.GetValue<string>());
        Assert.NotNull(first["variants"]![0]!["price"]!["currencyCode"]);
    }

    [Fact]
    public async Task ListProducts_ReturnsEmptyDataWithMeta_WhenPageIsBeyondTheEnd()
    {
        await using var db = fixture.CreateDbContext();
        var total = await db.Products.CountAsync();

        var response = await _http.GetRestAsync("/api/v1/products?page=1000&limit=7");

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Empty(response.Data);
        Assert.Equal((total, 1000, 7, (total + 6) / 7), (response.Meta("totalCount"), response.Meta("page"), response.Meta("limit"), response.Meta("pageCount")));
    }

    [Fact]
    public async Task ListProducts_ReturnsTheLastPartialPage_WhenOnTheLastPage()
    {
        await using var db = fixture.CreateDbContext();
        var total = await db.Products.CountAsync();
        var limit = Enumerable.Range(3, 50).First(l => total % l != 0);
        var last = (total + limit - 1) / limit;

        var response = await _http.GetRestAsync($"/api/v1/products?page={last}&limit={limit}&sort=id");

        var expected = await db.Products.OrderBy(p => p.Id).Skip((last - 1) * limit).Select(p => p.Id).ToListAsync();
        Assert.Equal(expected.Count, response.Data.Count);
        Assert.InRange(response.Data.Count, 1, limit - 1);
    }

    [Theory]
    [InlineData("limit=0", "limit")]
    [InlineData("limit=101", "limit")]
    [InlineData("limit=ten", "limit")]
    [InlineData("page=0", "page")]
    [InlineData("sort=price", "sort")]
    [InlineData("status=SOLD", "status")]
    [InlineData("colour=red", "colour")]
    [InlineData("createdAfter=yesterday", "createdAfter")]
    [InlineData("vendorId=not-an-id", "vendorId")]
    public async Task ListProducts_Returns400NamingTheParameter_WhenAParameterIsOutOfRangeOrUnknown(string query, string parameter)
    {
        var response = await _http.GetRestAsync($"/api/v1/products?{query}");

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Equal("INVALID_ARGUMENT", response.ErrorCode);
        Assert.Equal(parameter, response.Body!["error"]!["details"]![0]!["field"]!.GetValue<string>());
    }

    [Fact]
    public async Task ListProducts_SortsByName_WhenSortIsName()
    {
        await using var db = fixture.CreateDbContext();
        var expected = (await db.Products.Select(p => new { p.Name, p.Id }).ToListAsync())
            .OrderBy(p => p.Name, StringComparer.Ordinal).ThenBy(p => p.Id).Take(100).Select(p => p.Name).ToList();

        var response = await _http.GetRestAsync("/api/v1/products?sort=name&limit=100");

        Assert.Equal(expected, response.Data.Strings("name"));
    }

    [Fact]
    public async Task ListOrders_SortsNewestFirst_WhenSortIsMinusCreatedAt()
    {
        var response = await _http.GetRestAsync("/api/v1/orders?sort=-createdAt&limit=50");

        var placed = response.Data.Select(o => o!["createdAt"]!.GetValue<DateTime>()).ToList();
        Assert.Equal(50, placed.Count);
        Assert.Equal(placed.OrderByDescending(t => t), placed);
    }

    [Fact]
    public async Task ListProducts_ReturnsOnlyMatchingRows_WhenFilteredByStatusAndVendor()
    {
        await using var db = fixture.CreateDbContext();
        var vendorId = await db.Products.Where(p => p.Status == ProductStatus.Active).GroupBy(p => p.VendorId).Select(g => g.Key).FirstAsync();
        var expected = await db.Products.CountAsync(p => p.Status == ProductStatus.Active && p.VendorId == vendorId);
        var vendor = Commerce.GraphQL.Server.Relay.GlobalId.Encode("Vendor", vendorId);

        var response = await _http.GetRestAsync($"/api/v1/products?status=active&vendorId={Uri.EscapeDataString(vendor)}&limit=100");

        Assert.Equal(expected, response.Meta("totalCount"));
        Assert.All(response.Data, p => Assert.Equal(("ACTIVE", vendor), (p!["status"]!.GetValue<string>(), p["vendorId"]!.GetValue<string>())));
    }

    [Fact]
    public async Task ListOrders_ReturnsOnlyMatchingRows_WhenFilteredByStatusAndCreatedAfter()
    {
        await using var db = fixture.CreateDbContext();
        var after = await db.Orders.OrderBy(o => o.PlacedAt).Skip(await db.Orders.CountAsync() / 2).Select(o => o.PlacedAt).FirstAsync();
        var expected = await db.Orders.CountAsync(o => o.Status == Commerce.Domain.Orders.OrderStatus.Delivered && o.PlacedAt >= after);

        var response = await _http.GetRestAsync($"/api/v1/orders?status=DELIVERED&createdAfter={after:yyyy-MM-ddTHH:mm:ss.fffffffZ}&limit=100");

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.True(expected > 0);
        Assert.Equal(expected, response.Meta("totalCount"));
        Assert.All(response.Data, o => Assert.Equal("DELIVERED", o!["status"]!.GetValue<string>()));
    }

    [Fact]
    public async Task ListCustomers_FindsOne_WhenFilteredByEmailInAnotherCase()
    {
        await using var db = fixture.CreateDbContext();
        var email = await db.Customers.OrderBy(c => c.Id).Select(c => c.Email).FirstAsync();

        var response = await _http.GetRestAsync($"/api/v1/customers?email={Uri.EscapeDataString(email.ToUpperInvariant())}");

        Assert.Equal(email, Assert.Single(response.Data)!["email"]!.GetValue<string>());
        Assert.Null(response.Data[0]!["passwordHash"]);
    }
}
