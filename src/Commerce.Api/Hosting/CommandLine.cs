using Commerce.Infrastructure.Persistence;
using Commerce.Infrastructure.Seeding;

namespace Commerce.Api.Hosting;

/// <summary>
/// The host's one-shot commands, run instead of serving: <c>seed</c> (the large benchmark data set),
/// <c>export-schema</c> (writes schema/schema.graphql) and <c>create-api-key</c>. Anything else serves the graph.
/// </summary>
public static class CommandLine
{
    public static bool IsCommand(string[] args) => args.Length > 0 && args[0] is "seed" or "export-schema" or CreateApiKeyCommand.Name;

    public static Task<int> RunAsync(string[] args, WebApplication app) =>
        RunAsync(args, app.Services, Console.Out, app.Lifetime.ApplicationStopping);

    public static async Task<int> RunAsync(string[] args, IServiceProvider services, TextWriter output, CancellationToken stopping)
    {
        switch (args[0])
        {
            case "seed":
                await services.MigrateCommerceDatabaseAsync(stopping);
                return await SeedCommand.RunAsync(args, services, output, stopping);
            case CreateApiKeyCommand.Name:
                await services.MigrateCommerceDatabaseAsync(stopping);
                return await CreateApiKeyCommand.RunAsync(args, services, output, stopping);
            default:
                return await SchemaExport.RunAsync(args, services, output);
        }
    }
}
