using Commerce.Infrastructure.Persistence;
using Commerce.Infrastructure.Seeding;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Commerce.Infrastructure.Tests.Seeding;

public sealed class SeedCommandTests : IAsyncLifetime
{
    private readonly string path = Path.Combine(Path.GetTempPath(), $"commerce-seed-{Guid.NewGuid():N}.db");
    private ServiceProvider services = null!;

    public async Task InitializeAsync()
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["ConnectionStrings:Commerce"] = $"Data Source={path}" })
            .Build();
        services = new ServiceCollection().AddCommerceInfrastructure(configuration).BuildServiceProvider();
        await services.MigrateCommerceDatabaseAsync();
    }

    public async Task DisposeAsync()
    {
        await services.DisposeAsync();
        SqliteConnection.ClearAllPools();
        foreach (var file in new[] { path, $"{path}-wal", $"{path}-shm" })
        {
            File.Delete(file);
        }
    }

    [Theory]
    [InlineData("--orders", "10")]
    [InlineData("--products", "0", "--orders", "10")]
    [InlineData("--products", "ten", "--orders", "10")]
    [InlineData("--products", "5", "--orders", "-3")]
    [InlineData("--products", "5", "--orders")]
    [InlineData("--products", "5", "--orders", "10", "--colour", "red")]
    [InlineData("--products", "5", "--products", "6", "--orders", "10")]
    [InlineData("--products", "5", "--orders", "10", "--vendors", "5000")]
    public async Task Run_ReturnsBadArguments_WhenArgumentsAreInvalid(params string[] args)
    {
        var output = new StringWriter();

        var code = await SeedCommand.RunAsync(args, services, output, CancellationToken.None);

        Assert.Equal(SeedCommand.BadArguments, code);
        Assert.Contains("usage: seed", output.ToString(), StringComparison.Ordinal);
        Assert.False(await AnyOrdersAsync());
    }

    [Fact]
    public async Task Run_SeedsAndReportsProgress_WhenDatabaseIsEmpty()
    {
        var output = new StringWriter();

        var code = await SeedCommand.RunAsync(["seed", "--products", "40", "--orders", "300", "--customers", "60", "--quotes", "8", "--seed", "3"], services, output, CancellationToken.None);

        Assert.Equal(SeedCommand.Success, code);
        Assert.Contains("100.0% done", output.ToString(), StringComparison.Ordinal);
        await using var db = await Factory().CreateDbContextAsync();
        Assert.Equal(300, await db.Orders.CountAsync());
        Assert.Equal(40, await db.Products.CountAsync());
    }

    [Fact]
    public async Task Run_Refuses_WhenDatabaseHoldsDataAndResetIsMissing()
    {
        string[] args = ["--products", "20", "--orders", "50", "--customers", "30"];
        await SeedCommand.RunAsync(args, services, TextWriter.Null, CancellationToken.None);
        var output = new StringWriter();

        var code = await SeedCommand.RunAsync(["--products", "20", "--orders", "80"], services, output, CancellationToken.None);

        Assert.Equal(SeedCommand.Refused, code);
        Assert.Contains("--reset", output.ToString(), StringComparison.Ordinal);
        await using var db = await Factory().CreateDbContextAsync();
        Assert.Equal(50, await db.Orders.CountAsync());
    }

    [Fact]
    public async Task Run_ReplacesTheData_WhenResetIsGiven()
    {
        await SeedCommand.RunAsync(["--products", "20", "--orders", "50", "--customers", "30"], services, TextWriter.Null, CancellationToken.None);

        var code = await SeedCommand.RunAsync(["--products", "20", "--orders", "80", "--customers", "30", "--reset"], services, TextWriter.Null, CancellationToken.None);

        Assert.Equal(SeedCommand.Success, code);
        await using var db = await Factory().CreateDbContextAsync();
        Assert.Equal(80, await db.Orders.CountAsync());
    }

    private IDbContextFactory<CommerceDbContext> Factory() => services.GetRequiredService<IDbContextFactory<CommerceDbContext>>();

    private async Task<bool> AnyOrdersAsync()
    {
        await using var db = await Factory().CreateDbContextAsync();
        return await db.Orders.AnyAsync();
    }
}
