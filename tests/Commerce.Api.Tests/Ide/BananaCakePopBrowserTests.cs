using System.Diagnostics;
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

        var scriptDir = FindBrowserDir();
        if (!File.Exists(Path.Combine(scriptDir, "node_modules", "playwright-core", "package.json")))
        {
            await RunAsync("npm", "ci --ignore-scripts --no-audit --no-fund", scriptDir);
        }

        var screenshot = Path.Combine(Path.GetTempPath(), "commerce-ide-check.png");
        var (exitCode, output) = await RunAsync("node", $"ide-check.mjs {baseUrl} --screenshot {screenshot}", scriptDir, throwOnFailure: false);

        Assert.True(exitCode == 0, $"ide-check.mjs exited {exitCode} (screenshot: {screenshot}):\n{output}");
        using var summary = JsonDocument.Parse(output);
        Assert.True(summary.RootElement.GetProperty("ok").GetBoolean());
        Assert.Empty(summary.RootElement.GetProperty("foreignRequests").EnumerateArray());
        Assert.Contains("\"__typename\"", summary.RootElement.GetProperty("responseText").GetString());
        Assert.EndsWith("/graphql/", summary.RootElement.GetProperty("landedOn").GetString());
    }

    private static string FindBrowserDir()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "Browser");
            if (File.Exists(Path.Combine(candidate, "ide-check.mjs")))
            {
                return candidate;
            }
        }

        throw new DirectoryNotFoundException($"No Browser/ide-check.mjs above {AppContext.BaseDirectory}.");
    }

    private static async Task<(int ExitCode, string Output)> RunAsync(
        string command, string arguments, string workingDirectory, bool throwOnFailure = true)
    {
        var start = new ProcessStartInfo(command, arguments)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"could not start {command}");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(ScriptTimeout);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{command} {arguments} ran longer than {ScriptTimeout}: {await stderr}");
        }

        if (throwOnFailure && process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{command} {arguments} exited {process.ExitCode}: {await stderr}");
        }

        return (process.ExitCode, await stdout + (process.ExitCode == 0 ? "" : await stderr));
    }
}
