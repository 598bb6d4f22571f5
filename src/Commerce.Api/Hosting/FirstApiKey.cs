using Commerce.Api.Auth;
using Commerce.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Commerce.Api.Hosting;

/// <summary>
/// So a newcomer can call the graph at once: on a database without any API key, creates an <c>admin</c> key named
/// "First admin key" whose secret the startup banner prints once (to the console, never to the logs).
/// Off in the Testing environment and with <c>Auth:CreateFirstApiKey=false</c>.
/// </summary>
public static class FirstApiKey
{
    public const string Name = "First admin key";

    public static async Task<string?> CreateFirstApiKeyAsync(this WebApplication app)
    {
        if (app.Environment.IsEnvironment("Testing") || !app.Configuration.GetValue("Auth:CreateFirstApiKey", true))
        {
            return null;
        }

        var stopping = app.Lifetime.ApplicationStopping;
        var contexts = app.Services.GetRequiredService<IDbContextFactory<CommerceDbContext>>();
        await using (var db = await contexts.CreateDbContextAsync(stopping))
        {
            if (await db.ApiKeys.AnyAsync(stopping))
            {
                return null;
            }
        }

        var (_, secret) = await app.Services.GetRequiredService<ApiKeyService>().CreateAsync(Name, [Scopes.Admin], stopping);
        return secret;
    }
}
