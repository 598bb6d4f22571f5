using Commerce.Api.Auth;
using Commerce.Api.Features.Identity;
using Commerce.Api.Tests.Infrastructure;
using Commerce.Domain.Orders;
using Commerce.GraphQL.Server.Relay;
using Microsoft.EntityFrameworkCore;

namespace Commerce.Api.Tests.Features.Access;

/// <summary>
/// docs/authorization.md, scope by scope: a key holding only that scope runs one operation and is refused another
/// (FORBIDDEN before anything runs, no row changed). Documents may name <c>ORDER_ID</c> (a PLACED order),
/// <c>VENDOR_ID</c> (a vendor) and <c>UNIQUE</c>, filled in from the database when the test runs.
/// </summary>
public sealed class ScopeMatrixTests(DemoShopFactory factory) : IClassFixture<DemoShopFactory>
{
    private const string ConfirmOrder = """mutation { confirmOrder(input: { orderId: "ORDER_ID" }) { userErrors { code message } } }""";
    private const string CreateVendorUser = """
        mutation { createVendorUser(input: { vendorId: "VENDOR_ID", email: "UNIQUE@vendors.example.com", name: "Matrix", password: "long enough password" }) {
          vendorUser { email } userErrors { code message } } }
        """;

    private const string CreateCategory = """
        mutation { createCategory(input: { name: "Matrix UNIQUE" }) { category { name } userErrors { code message } } }
        """;
    private const string CreateCustomer = """
        mutation { createCustomer(input: { email: "UNIQUE@example.com", firstName: "Matrix", lastName: "Row" }) {
          customer { email } userErrors { code message } } }
        """;

    public static TheoryData<string, string> Allowed => new()
    {
        { Scopes.WriteProducts, CreateCategory },
        { Scopes.WriteCustomers, CreateCustomer },
        { Scopes.WriteQuotes, "{ quotes(first: 1) { nodes { number } } }" },   // write grants read
        { Scopes.ReadInsights, """{ dashboard(period: { from: "2026-01-01", to: "2026-03-31" }) { kpis { orderCount { value } } } }""" },
        { Scopes.ReadProducts, "{ warehouses(first: 1) { nodes { code } } }" },
        { Scopes.ReadOrders, "{ orders(first: 1) { nodes { number lines { sku } } } }" },
        { Scopes.WriteOrders, ConfirmOrder },
        { Scopes.ReadCustomers, "{ customers(first: 1) { nodes { email tags addresses { id } } } }" },
        { Scopes.ReadVendors, "{ vendors(first: 1) { nodes { email defaultCommissionRateBasisPoints } } }" },
        { Scopes.WriteVendors, CreateVendorUser },
        { Scopes.ReadQuotes, "{ quotes(first: 1) { nodes { number revisions { number } } } }" },
        { Scopes.Admin, "{ apiKeys(first: 1) { nodes { name } } orders(first: 1) { nodes { customer { email } } } }" },
    };

    // admin satisfies every requirement, so it has no row here; its row above selects across scopes instead.
    public static TheoryData<string, string> Refused => new()
    {
        { Scopes.WriteProducts, CreateCustomer },
        { Scopes.WriteCustomers, CreateCategory },
        { Scopes.WriteQuotes, "{ orders(first: 1) { nodes { number } } }" },
        { Scopes.ReadInsights, "{ customers(first: 1) { nodes { email } } }" },
        { Scopes.ReadProducts, "{ orders(first: 1) { nodes { number } } }" },
        { Scopes.ReadOrders, "{ orders(first: 1) { nodes { customer { email } } } }" },
        { Scopes.WriteOrders, CreateVendorUser },
        { Scopes.ReadCustomers, "{ customers(first: 1) { nodes { quotes(first: 1) { nodes { number } } } } }" },
        { Scopes.ReadVendors, "{ vendors(first: 1) { nodes { orderLines(first: 1) { nodes { sku } } } } }" },
        { Scopes.WriteVendors, ConfirmOrder },
        { Scopes.ReadQuotes, "{ quotes(first: 1) { nodes { customer { email } } } }" },
    };

    [Theory]
    [MemberData(nameof(Allowed))]
    public async Task Operation_Runs_WhenKeyHoldsOnlyItsScope(string scope, string document)
    {
        var client = factory.CreateGraphQLClient(await factory.CreateApiKeyAsync(scope));
        var before = await FootprintAsync();

        var response = await client.PostAsync(await FillAsync(document));

        Assert.True(response.Errors is null, response.ToString());
        Assert.All(response.Data!, field => Assert.NotNull(field.Value));
        if (document.StartsWith("mutation", StringComparison.Ordinal))
        {
            Assert.Empty(response.Data!.Single().Value!["userErrors"]!.AsArray());
            Assert.NotEqual(before, await FootprintAsync());
        }
    }

    [Theory]
    [MemberData(nameof(Refused))]
    public async Task Operation_IsForbiddenAndChangesNothing_WhenKeyLacksItsScope(string scope, string document)
    {
        var client = factory.CreateGraphQLClient(await factory.CreateApiKeyAsync(scope));
        var before = await FootprintAsync();

        var response = await client.PostAsync(await FillAsync(document));

        AccessAssertions.AssertRefusedBeforeExecution(response, AccessAssertions.Forbidden);
        Assert.Equal(before, await FootprintAsync());
    }

    [Theory]
    [InlineData(Scopes.WriteWebhooks)]
    public async Task KeyWithOnlyAScopeWithoutFieldsYet_IsCreatedButForbiddenEveryProtectedField(string scope)
    {
        var created = await new GraphQLClient(factory.CreateClient()).QueryAsync(
            "mutation($input: CreateApiKeyInput!) { createApiKey(input: $input) { secret userErrors { code } } }",
            new { input = new { name = $"Only {scope}", scopes = new[] { ApiScopeType.GraphName(scope) } } });
        var secret = created["createApiKey"]!["secret"]!.GetValue<string>();

        var response = await factory.CreateGraphQLClient(secret).PostAsync("""
            { orders(first: 1) { nodes { id } } customers(first: 1) { nodes { id } } quotes(first: 1) { nodes { id } }
              warehouses(first: 1) { nodes { id } } apiKeys(first: 1) { nodes { id } } }
            """);

        AccessAssertions.AssertRefusedBeforeExecution(response, AccessAssertions.Forbidden);
        Assert.Equal(
            ["apiKeys", "customers", "orders", "quotes", "warehouses"],
            response.Errors!.Select(e => e!["path"]![0]!.GetValue<string>()).Distinct().Order());
    }

    [Fact]
    public async Task WriteScope_AlsoGrantsItsReadScope_WhenKeyHoldsOnlyTheWriteScope()
    {
        var client = factory.CreateGraphQLClient(await factory.CreateApiKeyAsync(Scopes.WriteCustomers));

        var reading = await client.PostAsync("{ customers(first: 1) { nodes { email } } }");
        var other = await client.PostAsync("{ orders(first: 1) { nodes { number } } }");

        Assert.True(reading.Errors is null, reading.ToString());
        AccessAssertions.AssertRefusedBeforeExecution(other, AccessAssertions.Forbidden);
    }

    private async Task<string> FillAsync(string document)
    {
        await using var db = factory.CreateDbContext();
        var orderId = await db.Orders.Where(o => o.Status == OrderStatus.Placed).OrderByDescending(o => o.Id).Select(o => o.Id).FirstAsync();
        var vendorId = await db.Vendors.OrderBy(v => v.Id).Select(v => v.Id).FirstAsync();
        return document
            .Replace("ORDER_ID", GlobalId.Encode("Order", orderId), StringComparison.Ordinal)
            .Replace("VENDOR_ID", GlobalId.Encode("Vendor", vendorId), StringComparison.Ordinal)
            .Replace("UNIQUE", Guid.NewGuid().ToString("N"), StringComparison.Ordinal);
    }

    private async Task<string> FootprintAsync()
    {
        await using var db = factory.CreateDbContext();
        var statuses = await db.Orders.GroupBy(o => o.Status).Select(g => new { g.Key, Count = g.Count() }).OrderBy(g => g.Key).ToListAsync();
        return $"orders={string.Join(',', statuses.Select(s => $"{s.Key}:{s.Count}"))} vendorUsers={await db.VendorUsers.CountAsync()} "
            + $"payments={await db.PaymentTransactions.CountAsync()} customers={await db.Customers.CountAsync()} categories={await db.Categories.CountAsync()}";
    }
}
