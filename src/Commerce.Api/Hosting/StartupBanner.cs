using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace Commerce.Api.Hosting;

/// <summary>Prints where the graph and the IDE answer, so a newcomer knows what to open.</summary>
public static class StartupBanner
{
    public static void PrintAddressesOnStart(this WebApplication app, bool ideEnabled, string? firstApiKey = null)
    {
        app.Lifetime.ApplicationStarted.Register(() =>
        {
            var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
            foreach (var address in addresses)
            {
                var endpoint = $"{address.TrimEnd('/')}/graphql";
                app.Logger.LogInformation(ideEnabled
                    ? "GraphQL endpoint: {Endpoint} — open it in a browser for Banana Cake Pop"
                    : "GraphQL endpoint: {Endpoint}", endpoint);
            }

            if (firstApiKey is not null)
            {
                // The console, not the logger: secrets never go to logs, which are shipped and kept.
                Console.Out.WriteLine($"""

                    Created the first admin API key ("{FirstApiKey.Name}"). It will not be shown again:

                        {firstApiKey}

                    Send it as `Authorization: Bearer <key>`. Create more with `create-api-key` or the createApiKey mutation.

                    """);
            }
        });
    }
}
