using System.Net;
using Commerce.Api.Tests.Features.Orders;
using Commerce.GraphQL.Server.Relay;
using Microsoft.EntityFrameworkCore;

namespace Commerce.Api.Tests.Rest;

/// <summary>Products and customers written through the shim: the catalogue and customer handlers' rules and codes.</summary>
public sealed class RestCatalogTests(OrderShopFactory shop) : IClassFixture<OrderShopFactory>
{
    [Fact]
    public async Task Products_AreCreatedPatchedAndArchived_ThroughTheCatalogueHandlers()
    {
        var http = (await shop.ClientAsync()).Http;
        var product = new
        {
            vendorId = GlobalId.Encode("Vendor", 1), name = "Rest Hoodie", status = "ACTIVE", description = "Warm",
            variants = new[] { new { sku = "HOOD-1", price = new { amount = "49.50", currencyCode = "USD" } } },
        };

        var created = await http.PostRestAsync("/api/v1/products", product);
        var id = created.Body!["id"]!.GetValue<string>();
        var patched = await http.PatchRestAsync($"/api/v1/products/{id}", new { name = "Rest Hoodie 2", description = (string?)null });
        var archived = await http.PostRestAsync($"/api/v1/products/{id}/archive");

        Assert.Equal(HttpStatusCode.Created, created.Status);
        Assert.Equal(("rest-hoodie", "49.50"), (created.Body["slug"]!.GetValue<string>(), created.Body["variants"]![0]!["price"]!["amount"]!.GetValue<string>()));
        Assert.Equal(("Rest Hoodie 2", "rest-hoodie", null), (patched.Body!["name"]!.GetValue<string>(), patched.Body["slug"]!.GetValue<string>(), patched.Body["description"]));
        Assert.Equal("ARCHIVED", archived.Body!["status"]!.GetValue<string>());
        var stored = await shop.WithDbAsync(db => db.Products.AsNoTracking().SingleAsync(p => p.Slug == "rest-hoodie"));
        Assert.Equal(("Rest Hoodie 2", null, Commerce.Domain.Catalog.ProductStatus.Archived), (stored.Name, stored.Description, stored.Status));
    }

    [Fact]
    public async Task CreateProduct_Returns409AlreadyExists_WhenTheSlugIsTaken()
    {
        var http = (await shop.ClientAsync()).Http;

        var response = await http.PostRestAsync("/api/v1/products", new { vendorId = GlobalId.Encode("Vendor", 1), name = "Tee" });

        Assert.Equal((HttpStatusCode.Conflict, "ALREADY_EXISTS", "slug"),
            (response.Status, response.ErrorCode, response.Body!["error"]!["details"]![0]!["field"]!.GetValue<string>()));
    }

    [Fact]
    public async Task CreateProduct_Returns422WithEveryProblem_WhenTheInputIsInvalid()
    {
        var http = (await shop.ClientAsync()).Http;

        var response = await http.PostRestAsync("/api/v1/products", new { vendorId = GlobalId.Encode("Vendor", 999), name = " ", status = "ARCHIVED" });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.Status);
        var fields = response.Body!["error"]!["details"]!.AsArray().Select(d => d!["field"]!.GetValue<string>()).ToList();
        Assert.Contains("vendorId", fields);
        Assert.Contains("name", fields);
        Assert.Contains("status", fields);
    }

    [Fact]
    public async Task PatchProduct_Returns404_WhenTheProductDoesNotExist()
    {
        var http = (await shop.ClientAsync()).Http;

        var response = await http.PatchRestAsync($"/api/v1/products/{GlobalId.Encode("Product", 31337)}", new { name = "Ghost" });

        Assert.Equal((HttpStatusCode.NotFound, "NOT_FOUND"), (response.Status, response.ErrorCode));
    }

    [Fact]
    public async Task Customers_AreCreatedAndPatched_AndATakenEmailIs409()
    {
        var http = (await shop.ClientAsync()).Http;

        var created = await http.PostRestAsync("/api/v1/customers", new { email = "Ada@Example.com", firstName = "Ada", lastName = "Lovelace", phone = "+27 11 000 0000" });
        var id = created.Body!["id"]!.GetValue<string>();
        var patched = await http.PatchRestAsync($"/api/v1/customers/{id}", new { lastName = "King", phone = (string?)null });
        var duplicate = await http.PostRestAsync("/api/v1/customers", new { email = "ada@example.com", firstName = "A", lastName = "L" });

        Assert.Equal((HttpStatusCode.Created, "ada@example.com"), (created.Status, created.Body["email"]!.GetValue<string>()));
        Assert.Equal(("Ada", "King", null), (patched.Body!["firstName"]!.GetValue<string>(), patched.Body["lastName"]!.GetValue<string>(), patched.Body["phone"]));
        Assert.Equal((HttpStatusCode.Conflict, "ALREADY_EXISTS"), (duplicate.Status, duplicate.ErrorCode));
        var fetched = await http.GetRestAsync($"/api/v1/customers/{id}");
        Assert.Equal("King", fetched.Body!["lastName"]!.GetValue<string>());
    }
}
