using System.Text.Json.Nodes;
using Commerce.Api.Tests.Features.Orders;
using Commerce.Api.Tests.Infrastructure;
using Commerce.GraphQL.Server.Relay;
using static Commerce.Api.Tests.Features.Webhooks.Inbound.WebhookShopFactory;

namespace Commerce.Api.Tests.Features.Webhooks.Inbound;

/// <summary>
/// Support staff read inbound events through <c>inboundWebhookEvents</c>: events are posted signed over real HTTP and
/// read back over GraphQL. Each test names its events with its own prefix and filters on it (the class shares a database).
/// </summary>
public sealed class InboundWebhookQueriesTests(WebhookShopFactory shop) : IClassFixture<WebhookShopFactory>
{
    private const string Events = """
        query ($first: Int, $after: String, $where: InboundWebhookEventFilterInput, $order: [InboundWebhookEventSortInput!]) {
          inboundWebhookEvents(first: $first, after: $after, where: $where, order: $order) {
            nodes { id source sourceKind sourceName eventId type status outcome attempts order { id } receivedAt occurredAt }
            pageInfo { hasNextPage endCursor }
          }
        }
        """;

    [Fact]
    public async Task InboundWebhookEvents_ShowEachStatusAndOrder_AfterProcessedDuplicateDeferredAndFailedDeliveries()
    {
        var (paid, total) = await shop.PlaceOrderAsync();
        var (waiting, _) = await shop.PlaceOrderAsync();
        var processed = PaymentEvent("st_paid", "payment.succeeded", paid, total, "ch_st");
        await shop.PostPaymentAsync(processed);
        await shop.PostPaymentAsync(processed);   // a duplicate: no second row
        await shop.PostPaymentAsync(PaymentEvent("st_refund", "payment.refunded", waiting, "5.00", "re_st"));
        await shop.PostPaymentAsync(PaymentEvent("st_unknown", "payment.succeeded", GlobalId.Encode("Order", 999_999), "1.00", "ch_none"));

        var nodes = await EventsAsync(new { where = new { eventId = new { startsWith = "st_" } } });

        Assert.Equal(["st_unknown", "st_refund", "st_paid"], nodes.Strings("eventId"));   // newest first
        Assert.Equal(["FAILED", "DEFERRED", "PROCESSED"], nodes.Strings("status"));
        Assert.Equal([null, waiting, paid], nodes.Select(n => n!["order"]?["id"]?.GetValue<string>()));
        Assert.Equal([1, 1, 1], nodes.Ints("attempts"));
        Assert.All(nodes, n => Assert.Equal(("payments:testpay", "PAYMENT_PROVIDER", "testpay"),
            (n!["source"]!.GetValue<string>(), n["sourceKind"]!.GetValue<string>(), n["sourceName"]!.GetValue<string>())));
        Assert.Contains("No order", nodes[0]!["outcome"]!.GetValue<string>(), StringComparison.Ordinal);
        var row = await shop.EventAsync("payments:testpay", "st_paid");
        Assert.Equal(GlobalId.Encode("InboundWebhookEvent", row!.Id), nodes[2]!["id"]!.GetValue<string>());
        var node = await (await shop.ClientAsync()).QueryAsync("query ($id: ID!) { node(id: $id) { ... on InboundWebhookEvent { eventId } } }",
            new { id = nodes[2]!["id"]!.GetValue<string>() });
        Assert.Equal("st_paid", node["node"]?["eventId"]?.GetValue<string>());
    }

    [Fact]
    public async Task InboundWebhookEvents_ReturnOnlyMatchingEvents_WhenFilteredBySourceTypeStatusOrderAndReceivedAt()
    {
        var (orderId, total) = await shop.PlaceOrderAsync();
        await shop.PostPaymentAsync(PaymentEvent("fl_paid", "payment.succeeded", orderId, total, "ch_fl"));
        shop.Clock.Offset += TimeSpan.FromMinutes(10);
        var later = shop.Clock.GetUtcNow().UtcDateTime.AddMinutes(-1);
        await shop.PostPaymentAsync(PaymentEvent("fl_unknown", "payment.refunded", GlobalId.Encode("Order", 999_998), "1.00", "re_fl"));
        await shop.PostMarketplaceOrderAsync(MarketplaceOrderEvent("fl_tak", ("TEE-S", 1)));

        async Task<List<string>> Matching(object where) =>
            (await EventsAsync(new { where = new { and = new[] { new { eventId = new { startsWith = "fl_" } }, where } } })).Strings("eventId");

        Assert.Equal(["fl_tak"], await Matching(new { source = new { eq = "marketplaces:takealot" } }));
        Assert.Equal(["fl_unknown", "fl_paid"], await Matching(new { source = new { startsWith = "payments:" } }));
        Assert.Equal(["fl_unknown"], await Matching(new { type = new { eq = "payment.refunded" } }));
        Assert.Equal(["fl_unknown"], await Matching(new { status = new { eq = "FAILED" } }));
        Assert.Equal(["fl_tak", "fl_paid"], await Matching(new { status = new { @in = new[] { "PROCESSED" } } }));
        Assert.Equal(["fl_paid"], await Matching(new { orderId = new { eq = orderId } }));
        Assert.Equal(["fl_tak", "fl_unknown"], await Matching(new { receivedAt = new { gte = later } }));
        Assert.Equal(["fl_paid"], await Matching(new { receivedAt = new { lt = later } }));
    }

    [Fact]
    public async Task InboundWebhookEvents_PageWithCursorsAndSort_WithoutRepeatsOrGaps()
    {
        var (orderId, _) = await shop.PlaceOrderAsync();
        foreach (var i in Enumerable.Range(1, 5))
        {
            await shop.PostPaymentAsync(PaymentEvent($"pg_{i}", "payment.succeeded", orderId, "1.00", $"ch_pg_{i}"));
        }

        var mine = new { eventId = new { startsWith = "pg_" } };
        var seen = new List<string>();
        string? after = null;
        JsonObject page;
        do
        {
            var client = await shop.ClientAsync();
            page = (await client.QueryAsync(Events, new { first = 2, after, where = mine }))["inboundWebhookEvents"]!.AsObject();
            seen.AddRange(page["nodes"]!.AsArray().Strings("eventId"));
            after = page["pageInfo"]!["endCursor"]?.GetValue<string>();
        }
        while (page["pageInfo"]!["hasNextPage"]!.GetValue<bool>());
        var oldestFirst = await EventsAsync(new { where = mine, order = new[] { new { receivedAt = "ASC" } } });

        Assert.Equal(["pg_5", "pg_4", "pg_3", "pg_2", "pg_1"], seen);
        Assert.Equal(["pg_1", "pg_2", "pg_3", "pg_4", "pg_5"], oldestFirst.Strings("eventId"));
    }

    [Fact]
    public async Task InboundWebhookEvents_ReturnsPageSizeExceeded_WhenFirstIs1000()
    {
        var response = await (await shop.ClientAsync()).PostAsync(Events, new { first = 1000 });

        Assert.Equal("PAGE_SIZE_EXCEEDED", response.ErrorCode);
        Assert.Null(response.Data?["inboundWebhookEvents"]);
    }

    [Fact]
    public async Task InboundWebhookEvents_AreForbidden_ForCustomersVendorUsersGuestsAnonymousAndKeysWithoutWebhookScope()
    {
        var (orderId, total) = await shop.PlaceOrderAsync();
        await shop.PostPaymentAsync(PaymentEvent("au_paid", "payment.succeeded", orderId, total, "ch_au"));
        await shop.SignUpCustomerAsync("inbound.snoop@example.com");
        var customer = (await shop.SignInCustomerAsync("inbound.snoop@example.com")).AccessToken;
        await shop.CreateVendorUserAsync(1, "inbound.vendor@example.com");
        var vendor = (await shop.SignInVendorUserAsync("inbound.vendor@example.com")).AccessToken;
        var (_, _, guest) = await shop.PlaceAsGuestAsync();
        var ordersOnly = await shop.CreateApiKeyAsync("read:orders", "write:orders");

        foreach (var bearer in new[] { customer, vendor, guest, ordersOnly })
        {
            var response = await (await shop.ClientAsync(bearer)).PostAsync(Events, new { first = 10 });

            Assert.Equal("FORBIDDEN", response.ErrorCode);
            Assert.Null(response.Data?["inboundWebhookEvents"]);
        }

        var anonymous = await (await shop.ClientAsync(null)).PostAsync(Events, new { first = 10 });
        Assert.Equal("UNAUTHENTICATED", anonymous.ErrorCode);
        Assert.Null(anonymous.Data?["inboundWebhookEvents"]);
    }

    [Fact]
    public async Task InboundWebhookEvents_AreReadable_ButTheirOrderNeedsReadOrders_WhenTheKeyOnlyManagesWebhooks()
    {
        var (orderId, total) = await shop.PlaceOrderAsync();
        await shop.PostPaymentAsync(PaymentEvent("vis_paid", "payment.succeeded", orderId, total, "ch_vis"));
        var client = await shop.ClientAsync(await shop.CreateApiKeyAsync("write:webhooks"));

        var events = await client.PostAsync("""{ inboundWebhookEvents(first: 5, where: { eventId: { eq: "vis_paid" } }) { nodes { status } } }""");
        var withOrder = await client.PostAsync("""{ inboundWebhookEvents(first: 5, where: { eventId: { eq: "vis_paid" } }) { nodes { status order { id } } } }""");

        Assert.Null(events.Errors);
        Assert.Equal(["PROCESSED"], events.Data!.Nodes("inboundWebhookEvents").Strings("status"));
        Assert.Equal("FORBIDDEN", withOrder.ErrorCode);
        Assert.Contains("read:orders", withOrder.ErrorMessages, StringComparison.Ordinal);
        Assert.Null(withOrder.Data);
    }

    [Fact]
    public async Task InboundWebhookEvents_IssueTheSameSqlCommands_ForTwoOrTenEventsWithTheirOrders()
    {
        var orders = new List<string>();
        for (var i = 0; i < 3; i++)
        {
            orders.Add((await shop.PlaceOrderAsync()).Id);
        }

        foreach (var i in Enumerable.Range(0, 12))
        {
            await shop.PostPaymentAsync(PaymentEvent($"sql_{i}", "payment.succeeded", orders[i % 3], "1.00", $"ch_sql_{i}"));
        }

        const string Page = """
            query ($first: Int!) {
              inboundWebhookEvents(first: $first, where: { eventId: { startsWith: "sql_" } }) { nodes { eventId status order { number } } }
            }
            """;
        var client = await shop.ClientAsync();
        var two = await client.PostAsync(Page, new { first = 2 });
        var ten = await client.PostAsync(Page, new { first = 10 });

        Assert.Null(ten.Errors);
        Assert.Equal(10, ten.Data!.Nodes("inboundWebhookEvents").Count);
        Assert.All(ten.Data!.Nodes("inboundWebhookEvents"), n => Assert.NotNull(n!["order"]?["number"]));
        // The page, then one batch for the orders; no COUNT because totalCount is not selected.
        Assert.Equal(2, two.SqlCommands);
        Assert.Equal(2, ten.SqlCommands);
    }

    private async Task<JsonArray> EventsAsync(object variables)
    {
        var response = await (await shop.ClientAsync()).PostAsync(Events, variables);
        Assert.True(response.Errors is null, response.ToString());
        return response.Data!.Nodes("inboundWebhookEvents");
    }
}
