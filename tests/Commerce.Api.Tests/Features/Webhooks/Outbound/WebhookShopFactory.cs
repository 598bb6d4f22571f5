using Commerce.Api.Features.Webhooks;
using Commerce.Api.Features.Webhooks.Outbound;
using Commerce.Api.Tests.Infrastructure;
using Commerce.Infrastructure.Persistence;
using Microsoft.Extensions.DependencyInjection;

namespace Commerce.Api.Tests.Features.Webhooks.Outbound;

/// <summary>
/// An empty shop whose webhook worker does not poll (tests call <see cref="RunDueAsync"/>) and whose retention sweep
/// does not run on its own (tests call <see cref="SweepAsync"/>), which may send to
/// loopback (the test receiver), and whose clock tests move. Give <c>databasePath</c> to run a second host over the
/// same database (a restart); the caller then owns that file.
/// </summary>
public sealed class WebhookShopFactory : CommerceApiFactory
{
    public WebhookShopFactory(
        bool allowPrivate = true, double timeoutSeconds = 2, double pollSeconds = 0, string? databasePath = null, TimeSpan clockOffset = default)
        : this(new AdjustableTimeProvider { Offset = clockOffset }, Settings(allowPrivate, timeoutSeconds, pollSeconds, databasePath), databasePath)
    {
    }

    private WebhookShopFactory(AdjustableTimeProvider clock, Dictionary<string, string?> settings, string? databasePath)
        : base(seedDemoData: false, settings: settings, configureServices: services => services.AddSingleton<TimeProvider>(clock))
    {
        Clock = clock;
        SharedDatabasePath = databasePath;
    }

    public AdjustableTimeProvider Clock { get; }

    public string? SharedDatabasePath { get; }

    /// <summary>What the hosted loop does on each tick: fan out new events, attempt due deliveries.</summary>
    public Task<int> RunDueAsync() => Services.GetRequiredService<WebhookDeliveryWorker>().RunDueAsync();

    /// <summary>What the retention loop does on each tick: expire deferred inbound events, delete rows past retention.</summary>
    public Task<WebhookSweep> SweepAsync() => Services.GetRequiredService<WebhookRetentionWorker>().SweepAsync();

    /// <summary>A context over this host's database (the shared file when one was given).</summary>
    public CommerceDbContext Db()
    {
        _ = Services;
        return SharedDatabasePath is null
            ? CreateDbContext()
            : CommerceDbContextOptions.CreateContext(DatabaseProvider.Sqlite, $"Data Source={SharedDatabasePath}");
    }

    private static Dictionary<string, string?> Settings(bool allowPrivate, double timeoutSeconds, double pollSeconds, string? databasePath)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Webhooks:Outbound:AllowPrivateAddresses"] = allowPrivate ? "true" : "false",
            ["Webhooks:Outbound:TimeoutSeconds"] = timeoutSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Webhooks:Outbound:PollSeconds"] = pollSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Webhooks:Retention:SweepMinutes"] = "0",
        };
        if (databasePath is not null)
        {
            settings["ConnectionStrings:Commerce"] = $"Data Source={databasePath}";
        }

        return settings;
    }
}
