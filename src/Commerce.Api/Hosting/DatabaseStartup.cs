using Commerce.Infrastructure.Persistence;
using Commerce.Infrastructure.Seeding;
using Microsoft.EntityFrameworkCore;

namespace Commerce.Api.Hosting;

/// <summary>Brings the database up to date at start-up and, on an empty database, loads the demo shop and its demo accounts.</summary>
public static class DatabaseStartup
{
    public static async Task PrepareDatabaseAsync(this WebApplication app)
    {
        await app.Services.MigrateCommerceDatabaseAsync(app.Lifetime.ApplicationStopping);
        if (!app.Configuration.GetValue("Database:SeedDemoData", true))
        {
            return;
        }

        var factory = app.Services.GetRequiredService<IDbContextFactory<CommerceDbContext>>();
        var summary = await DemoDataSeeder.SeedIfEmptyAsync(factory, cancellationToken: app.Lifetime.ApplicationStopping);
        if (summary.Seeded)
        {
            await DemoAccounts.AddAsync(app.Services, app.Lifetime.ApplicationStopping);
            app.Logger.LogInformation("Loaded the demo shop: {Rows} rows in {Elapsed}", summary.Rows, summary.Elapsed);
        }
    }
}
