using Commerce.Api.Auth;

namespace Commerce.Api.Hosting;

/// <summary>
/// <c>create-api-key --name "Back office" --scopes admin,read:orders</c>: creates a key and prints it once.
/// </summary>
public static class CreateApiKeyCommand
{
    public const string Name = "create-api-key";

    public static async Task<int> RunAsync(string[] args, IServiceProvider services, TextWriter output, CancellationToken cancellationToken)
    {
        var name = Option(args, "--name");
        var scopes = (Option(args, "--scopes") ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var unknown = scopes.Where(s => !Scopes.Assignable.Contains(s)).ToList();
        if (string.IsNullOrWhiteSpace(name) || scopes.Length == 0 || unknown.Count > 0)
        {
            await output.WriteLineAsync(unknown.Count > 0 ? $"Unknown scopes: {string.Join(", ", unknown)}." : "Give --name and --scopes.");
            await output.WriteLineAsync($"usage: {Name} --name <name> --scopes <scope,scope…>  (scopes: {string.Join(", ", Scopes.Assignable)})");
            return 2;
        }

        var (apiKey, secret) = await services.GetRequiredService<ApiKeyService>().CreateAsync(name, scopes, cancellationToken);
        await output.WriteLineAsync($"Created API key \"{apiKey.Name}\" ({apiKey.Prefix}) with scopes {string.Join(", ", apiKey.Scopes)}.");
        await output.WriteLineAsync("It will not be shown again:");
        await output.WriteLineAsync(secret);
        return 0;
    }

    private static string? Option(string[] args, string name)
    {
        var index = Array.IndexOf(args, name);
        return index >= 0 && index + 1 < args.Length ? args[index + 1] : null;
    }
}
