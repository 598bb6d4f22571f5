using System.Net;
using System.Text.Json;
using Commerce.Api.Features.Common.Live;
using Commerce.Api.Tests.Features.Orders;
using Commerce.Api.Tests.Infrastructure;
using Commerce.Api.Tests.Subscriptions;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Commerce.Api.Tests.Features.Live;

/// <summary>The subscription fields end to end: over the graphql-transport-ws socket, and with the npm graphql-ws client on Kestrel.</summary>
public sealed class OrderEventsOverWebSocketTests(OrderShopFactory shop) : IClassFixture<OrderShopFactory>
{
    [Fact]
    public async Task OrderStatusChanged_StreamsOverTheSocket_AndResumesAfterAReconnect()
    {
        var flow = new OrderFlow(await shop.ClientAsync());
        var id = (await flow.PlaceAsync(OrderShopFactory.Line(shop.TeeSmall, 1)))["id"]!.GetValue<string>();
        string cursor;
        await using (var socket = await ConnectAsync(shop.AdminApiKey))
        {
            // From the latest stored event: the payment below is delivered even if it commits before the server has
            // registered the subscription (a subscription without `after:` only hears what happens once it is live).
            await SubscribeAsync(socket, id, after: EventCursor.Encode(await shop.WithDbAsync(db => db.OutboxMessages.MaxAsync(m => m.Id))));
            await flow.Pay("recordManualPayment", new { orderId = id, reference = "WS-1" });
            cursor = Event(await socket.ReceiveAsync()).GetProperty("cursor").GetString()!;
        }

        await flow.Run("confirmOrder", "OrderChangeInput", new { orderId = id });
        await using var again = await ConnectAsync(shop.AdminApiKey);
        await SubscribeAsync(again, id, cursor);
        var missed = Event(await again.ReceiveAsync());
        await flow.Run("createFulfillment", "CreateFulfillmentInput", new { orderId = id, carrier = "DHL", trackingNumber = "W1" });
        var live = Event(await again.ReceiveAsync());

        Assert.Equal(("CONFIRMED", "PLACED"), (missed.GetProperty("status").GetString(), missed.GetProperty("previousStatus").GetString()));
        Assert.Equal(("order.fulfilled", "FULFILLED"), (live.GetProperty("type").GetString(), live.GetProperty("order").GetProperty("status").GetString()));
    }

    [Fact]
    public async Task OrderStatusChanged_AnswersNotFoundOverTheSocket_ForAnotherCustomersOrder()
    {
        await shop.SignUpCustomerAsync("ws.snoop@example.com");
        var snoop = (await shop.SignInCustomerAsync("ws.snoop@example.com")).AccessToken;
        var id = (await new OrderFlow(await shop.ClientAsync()).PlaceAsync(OrderShopFactory.Line(shop.TeeSmall, 1)))["id"]!.GetValue<string>();
        await using var socket = await ConnectAsync(snoop);

        await SubscribeAsync(socket, id, after: null);
        var reply = (await socket.ReceiveAsync())!.Value;

        Assert.Equal("NOT_FOUND", reply.GetProperty("payload").GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
        Assert.Equal("complete", (await socket.ReceiveAsync())!.Value.GetProperty("type").GetString());
    }

    [Fact]
    public async Task GraphQLWsClient_ReceivesTheEventsOfAnOrdersLife()
    {
        using var host = new OrderShopFactory();
        host.UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        host.StartServer();
        var baseUrl = host.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First() + "/";
        var dir = NodeScripts.FindDir("Node", "order-events.mjs");
        var timeout = TimeSpan.FromMinutes(3);
        await NodeScripts.EnsureInstalledAsync(dir, "graphql-ws", timeout);
        var flow = new OrderFlow(await host.ClientAsync());
        var id = (await flow.PlaceAsync(OrderShopFactory.Line(host.TeeSmall, 2)))["id"]!.GetValue<string>();

        // From the first cursor: the client gets the order's whole life whenever it connects.
        var client = NodeScripts.RunAsync("node", $"order-events.mjs {baseUrl} {host.AdminApiKey} {id} {EventCursor.Encode(0)} 5", dir, timeout);
        await flow.Pay("recordManualPayment", new { orderId = id, reference = "NODE-1" });
        await flow.Run("confirmOrder", "OrderChangeInput", new { orderId = id });
        await flow.Run("createFulfillment", "CreateFulfillmentInput", new { orderId = id, carrier = "DHL", trackingNumber = "N1" });
        await flow.Run("markOrderDelivered", "OrderChangeInput", new { orderId = id });
        var (_, output) = await client;

        using var summary = JsonDocument.Parse(output);
        var events = summary.RootElement.GetProperty("events").EnumerateArray().ToList();
        Assert.Equal(["order.created", "payment.succeeded", "order.updated", "order.fulfilled", "order.updated"], events.Select(e => e.GetProperty("type").GetString()));
        Assert.Equal(["PLACED", "PLACED", "CONFIRMED", "FULFILLED", "DELIVERED"], events.Select(e => e.GetProperty("status").GetString()));
        Assert.Equal(["PENDING", "PAID", "PAID", "PAID", "PAID"], events.Select(e => e.GetProperty("paymentStatus").GetString()));
    }

    private async Task<GraphQLSocket> ConnectAsync(string bearer)
    {
        var socket = await GraphQLSocket.ConnectAsync(shop);
        Assert.Equal("connection_ack", (await socket.InitAsync(new { authorization = "Bearer " + bearer }))!.Value.GetProperty("type").GetString());
        return socket;
    }

    private static Task SubscribeAsync(GraphQLSocket socket, string orderId, string? after) => socket.SendAsync(new
    {
        id = "order", type = "subscribe",
        payload = new { query = LiveDocuments.OrderStatusChanged, variables = LiveDocuments.Order(orderId, after) },
    });

    private static JsonElement Event(JsonElement? message)
    {
        Assert.True(message is { } m && m.GetProperty("type").GetString() == "next", message?.ToString());
        return message!.Value.GetProperty("payload").GetProperty("data").GetProperty("orderStatusChanged");
    }
}
