using Commerce.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Commerce.Infrastructure.Seeding;

/// <summary>
/// <c>seed --products N --orders N [--customers N] [--vendors N] [--quotes N] [--seed N] [--reset]</c>: fills the
/// configured database with a generated shop of that size. The host builds the services (AddCommerceInfrastructure)
/// and migrates before calling. Exit codes: 0 done, 1 refused (database not empty) or failed, 2 bad arguments.
/// </summary>
public static class SeedCommand
{
    public const int Success = 0;
    public const int Refused = 1;
    public const int BadArguments = 2;

    public static async Task<int> RunAsync(string[] args, IServiceProvider services, TextWriter output, CancellationToken cancellationToken)
    {
        var (arguments, error) = SeedArguments.Parse(args);
        ShopDataOptions? options = null;
        try
        {
            options = arguments?.ToOptions();
            options?.Validate();
        }
        catch (ArgumentException e)
        {
            error = e.Message;
        }

        if (arguments is null || options is null || error is not null)
        {
            await output.WriteLineAsync($"seed: {error}{Environment.NewLine}{SeedArguments.Usage}");
            return BadArguments;
        }

        var factory = services.GetRequiredService<IDbContextFactory<CommerceDbContext>>();
        if (arguments.Reset)
        {
            await output.WriteLineAsync("seed: --reset: dropping and recreating the database…");
            await using (var db = await factory.CreateDbContextAsync(cancellationToken))
            {
                await db.Database.EnsureDeletedAsync(cancellationToken);
            }

            await services.MigrateCommerceDatabaseAsync(cancellationToken);
        }
        else if (await HoldsDataAsync(factory, cancellationToken))
        {
            await output.WriteLineAsync("seed: the database already holds data; rerun with --reset to drop it and seed afresh.");
            return Refused;
        }

        await output.WriteLineAsync(FormattableString.Invariant(
            $"seed: {options.Products:N0} products, {options.Orders:N0} orders, {options.Customers:N0} customers, {options.Vendors} vendors, {options.Quotes:N0} quotes (seed {options.Seed}, anchor {options.Anchor:yyyy-MM-dd})"));
        var interactive = ReferenceEquals(output, Console.Out) && !Console.IsOutputRedirected;
        var summary = await LargeDataGenerator.GenerateAsync(factory, options, new ConsoleProgressPrinter(output, interactive), cancellationToken);
        await PricingTables.SeedAsync(factory, cancellationToken);
        foreach (var (table, rows) in summary.Rows)
        {
            await output.WriteLineAsync(FormattableString.Invariant($"  {table,-20} {rows,12:N0}"));
        }

        await output.WriteLineAsync(FormattableString.Invariant(
            $"seed: wrote {summary.TotalRows:N0} rows in {summary.Elapsed.TotalSeconds:0.0} s ({summary.TotalRows / Math.Max(0.001, summary.Elapsed.TotalSeconds):N0} rows/s)."));
        return Success;
    }

    private static async Task<bool> HoldsDataAsync(IDbContextFactory<CommerceDbContext> factory, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        return await db.Vendors.AnyAsync(cancellationToken) || await db.Categories.AnyAsync(cancellationToken)
            || await db.Products.AnyAsync(cancellationToken) || await db.Customers.AnyAsync(cancellationToken)
            || await db.Warehouses.AnyAsync(cancellationToken) || await db.Orders.AnyAsync(cancellationToken)
            || await db.Quotes.AnyAsync(cancellationToken);
    }
}
