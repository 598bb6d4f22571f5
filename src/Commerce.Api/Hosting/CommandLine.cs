using Commerce.Infrastructure.Persistence;
using Commerce.Infrastructure.Seeding;

namespace Commerce.Api.Hosting;

/// <summary>
/// The host's one-shot commands, run instead of serving: <c>seed</c> (the large benchmark data set) and
/// <c>export-schema</c> (writes schema/schema.graphql). Anything else serves the graph.
/// </summary>
public static class CommandLine
{
    public static bool IsCommand(string[] args) => args.Length > 0 && args[0] is "seed" or "export-schema";

    public static async Task<int> RunAsync(string[] args, WebApplication app)
    {
        var output = Console.Out;
        var stopping = app.Lifetime.ApplicationStopping;
        switch (args[0])
        {
            case "seed":
                await app.Services.MigrateCommerceDatabaseAsync(stopping);
                return await SeedCommand.RunAsync(args, app.Services, output, stopping);
            default:
                return await SchemaExport.RunAsync(args, app.Services, output);
        }
    }
}
