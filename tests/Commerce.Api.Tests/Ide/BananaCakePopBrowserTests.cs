using System.Net;
using System.Text.Json;
using Commerce.Api.Features.Common.Live;
using Commerce.Api.Tests.Features.Orders;
using Commerce.Api.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace Commerce.Api.Tests.Ide;

/// <summary>
/// Runs Browser/ide-check.mjs (Debian's chromium via playwright-core) against the real app on Kestrel: the IDE
/// loads, runs <c>{ __typename }</c> through its editor and Run button, runs a subscription over its WebSocket and
/// shows the event a mutation raises, and never calls a host off this machine.
/// </summary>
public sealed class BananaCakePopBrowserTests
{
    private static readonly TimeSpan ScriptTimeout = TimeSpan.FromMinutes(3);

    [Fact]
    public async Task Ide_RunsQueryInBrowser_WithoutLeavingLoopback()
    {
        using var factory = new CommerceApiFactory(seedDemoData: false);
        var baseUrl = StartOnLoopback(factory);

        var screenshot = Path.Combine(Path.GetTempPath(), "commerce-ide-check.png");
        var summary = await RunIdeCheckAsync(baseUrl, screenshot);

        Assert.Contains("\"__typename\"", summary.GetProperty("responseText").GetString());
        Assert.EndsWith("/graphql/", summary.GetProperty("landedOn").GetString());
    }

    [Fact]
    public async Task Ide_RunsSubscriptionInBrowser_AndShowsTheOrderChange()
    {
        using var shop = new OrderShopFactory();
        var baseUrl = StartOnLoopback(shop);
        var flow = new OrderFlow(await shop.ClientAsync());
        var orderId = (await flow.PlaceAsync(OrderShopFactory.Line(shop.TeeSmall, 1)))["id"]!.GetValue<string>();
        var key = await shop.CreateApiKeyAsync("admin");
        var trigger = Path.Combine(Path.GetTempPath(), $"commerce-ide-trigger-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(trigger, JsonSerializer.Serialize(new
        {
            query = "mutation($id: ID!) { confirmOrder(input: { orderId: $id }) { userErrors { code } } }",
            variables = new { id = orderId },
        }));

        var screenshot = Path.Combine(Path.GetTempPath(), "commerce-ide-subscription.png");
        var summary = await RunIdeCheckAsync(baseUrl, screenshot,
            // after: the first cursor, so the stream replays from the start: the confirmation cannot slip in between
            // the IDE's subscribe and the server registering it, however slow the machine.
            "--query", $"subscription {{ orderStatusChanged(orderId: \"{orderId}\", after: \"{EventCursor.Encode(0)}\") {{ type status previousStatus }} }}",
            "--expect", "CONFIRMED", "--header", $"Authorization: Bearer {key}", "--trigger", trigger);
        File.Delete(trigger);

        Assert.Equal(200, summary.GetProperty("triggerStatus").GetInt32());
        Assert.Contains("CONFIRMED", summary.GetProperty("responseText").GetString());
        Assert.Contains("PLACED", summary.GetProperty("responseText").GetString());
        Assert.Contains(summary.GetProperty("sockets").EnumerateArray(),
            socket => socket.GetProperty("url").GetString()!.EndsWith("/graphql", StringComparison.Ordinal));
    }

    private static string StartOnLoopback(CommerceApiFactory factory)
    {
        factory.UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        factory.StartServer();
        return factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
    }

    /// <summary>Runs the script and returns its JSON summary, having checked it passed and stayed on loopback.</summary>
    private static async Task<JsonElement> RunIdeCheckAsync(string baseUrl, string screenshot, params string[] options)
    {
        var scriptDir = NodeScripts.FindDir("Browser", "ide-check.mjs");
        await NodeScripts.EnsureInstalledAsync(scriptDir, "playwright-core", ScriptTimeout);

        var (exitCode, output) = await NodeScripts.RunAsync(
            "node", ["ide-check.mjs", baseUrl, "--screenshot", screenshot, .. options], scriptDir, ScriptTimeout, throwOnFailure: false);

        Assert.True(exitCode == 0, $"ide-check.mjs exited {exitCode} (screenshot: {screenshot}):\n{output}");
        using var summary = JsonDocument.Parse(output);
        Assert.True(summary.RootElement.GetProperty("ok").GetBoolean());
        Assert.Empty(summary.RootElement.GetProperty("foreignRequests").EnumerateArray());
        return summary.RootElement.Clone();
    }
}
