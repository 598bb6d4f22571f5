using System.Diagnostics;

namespace Commerce.Api.Tests.Infrastructure;

/// <summary>
/// Runs the Node scripts kept beside the tests (Browser/, Node/): finds their folder, installs their locked packages
/// once (<c>npm ci</c>), and runs a command with a time limit.
/// </summary>
public static class NodeScripts
{
    /// <summary>The folder <paramref name="folder"/> above the test binaries that holds <paramref name="script"/>.</summary>
    public static string FindDir(string folder, string script)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, folder);
            if (File.Exists(Path.Combine(candidate, script)))
            {
                return candidate;
            }
        }

        throw new DirectoryNotFoundException($"No {folder}/{script} above {AppContext.BaseDirectory}.");
    }

    /// <summary>Installs the folder's locked packages unless <paramref name="package"/> is already there.</summary>
    public static async Task EnsureInstalledAsync(string dir, string package, TimeSpan timeout)
    {
        if (!File.Exists(Path.Combine(dir, "node_modules", package, "package.json")))
        {
            await RunAsync("npm", "ci --ignore-scripts --no-audit --no-fund", dir, timeout);
        }
    }

    public static Task<(int ExitCode, string Output)> RunAsync(
        string command, string arguments, string workingDirectory, TimeSpan timeout, bool throwOnFailure = true) =>
        RunAsync(new ProcessStartInfo(command, arguments), workingDirectory, timeout, throwOnFailure);

    /// <summary>As above, each argument passed as given (no shell quoting: arguments may hold spaces and quotes).</summary>
    public static Task<(int ExitCode, string Output)> RunAsync(
        string command, IEnumerable<string> arguments, string workingDirectory, TimeSpan timeout, bool throwOnFailure = true) =>
        RunAsync(new ProcessStartInfo(command, arguments), workingDirectory, timeout, throwOnFailure);

    private static async Task<(int ExitCode, string Output)> RunAsync(
        ProcessStartInfo start, string workingDirectory, TimeSpan timeout, bool throwOnFailure)
    {
        start.WorkingDirectory = workingDirectory;
        start.RedirectStandardOutput = true;
        start.RedirectStandardError = true;
        var described = $"{start.FileName} {(start.ArgumentList.Count > 0 ? string.Join(' ', start.ArgumentList) : start.Arguments)}";
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"could not start {start.FileName}");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var limit = new CancellationTokenSource(timeout);
        try
        {
            await process.WaitForExitAsync(limit.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{described} ran longer than {timeout}: {await stderr}");
        }

        if (throwOnFailure && process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{described} exited {process.ExitCode}: {await stderr}");
        }

        return (process.ExitCode, await stdout + (process.ExitCode == 0 ? "" : await stderr));
    }
}
