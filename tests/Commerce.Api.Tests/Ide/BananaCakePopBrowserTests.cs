using System.Net;
using System.Text.Json;
using Commerce.Api.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace Commerce.Api.Tests.Ide;

/// <summary>
/// Runs Browser/ide-check.mjs (Debian's chromium via playwright-core) against the real app on Kestrel: the IDE
/// loads, runs <c>{ __typename }</c> through its editor and Run button, and never calls a host off this machine.
/// </summary>
public sealed class BananaCakePopBrowserTests
{
    private static readonly TimeSpan ScriptTimeout = TimeSpan.FromMinutes(3);

    [Fact]
    public async Task Ide_RunsQueryInBrowser_WithoutLeavingLoopback()
    {
        using var factory = new CommerceApiFactory(seedDemoData: false);
        factory.UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        factory.StartServer();
        var baseUrl = factory.Services.GetRequiredService<IServer>()
            .Features.Get<IServerAddressesFeature>()!.Addresses.First();

        var scriptDir = NodeScripts.FindDir("Browser", "ide-check.mjs");
        await NodeScripts.EnsureInstalledAsync(scriptDir, "playwright-core", ScriptTimeout);

        var screenshot = Path.Combine(Path.GetTempPath(), "commerce-ide-check.png");
        var (exitCode, output) = await NodeScripts.RunAsync("node", $"ide-check.mjs {baseUrl} --screenshot {screenshot}", scriptDir, ScriptTimeout, throwOnFailure: false);

        Assert.True(exitCode == 0, $"ide-check.mjs exited {exitCode} (screenshot: {screenshot}):\n{output}");
        using var summary = JsonDocument.Parse(output);
        Assert.True(summary.RootElement.GetProperty("ok").GetBoolean());
        Assert.Empty(summary.RootElement.GetProperty("foreignRequests").EnumerateArray());
        Assert.Contains("\"__typename\"", summary.RootElement.GetProperty("responseText").GetString());
        Assert.EndsWith("/graphql/", summary.RootElement.GetProperty("landedOn").GetString());
    }
}
