using Commerce.Api.Tests.Infrastructure;
using Commerce.Domain.Webhooks;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Commerce.Api.Tests.Features.Webhooks.Outbound;

/// <summary>Deliveries are rows: a new host over the same database resumes them on start.</summary>
public sealed class WebhookRestartTests : IAsyncLifetime
{
    private readonly string _databasePath = Path.Combine(Path.GetTempPath(), $"commerce-webhooks-{Guid.NewGuid():N}.db");
    private WebhookReceiver _receiver = null!;

    public async Task InitializeAsync() => _receiver = await WebhookReceiver.StartAsync(failFirst: 1);

    public async Task DisposeAsync()
    {
        await _receiver.DisposeAsync();
        SqliteConnection.ClearAllPools();
        foreach (var suffix in new[] { "", "-wal", "-shm" })
        {
            File.Delete(_databasePath + suffix);
        }
    }

    [Fact]
    public async Task PendingDeliveries_AreResumed_WhenTheServerRestarts()
    {
        await using (var before = new WebhookShopFactory(databasePath: _databasePath))
        {
            var client = new GraphQLClient(before.CreateClient());
            await client.CreateEndpointAsync(_receiver.Url, "customer.created");
            await client.CreateCustomerAsync("before-restart@example.com");
            Assert.Equal(1, await before.RunDueAsync());                       // fails: retry due in one minute
            await client.CreateCustomerAsync("not-yet-fanned-out@example.com");  // only in the outbox when the host stops
        }

        // The new host polls every second, on a clock two minutes later: the retry is due, the second event is new.
        await using var after = new WebhookShopFactory(databasePath: _databasePath, pollSeconds: 1, clockOffset: TimeSpan.FromMinutes(2));
        _ = after.Services;
        Assert.True(await _receiver.WaitForAsync(3, TimeSpan.FromSeconds(20)), $"received {_receiver.Received.Count}");

        var deadline = DateTime.UtcNow.AddSeconds(10);
        List<WebhookDelivery> deliveries;
        do
        {
            await using var db = after.Db();
            deliveries = await db.WebhookDeliveries.AsNoTracking().OrderBy(d => d.Id).ToListAsync();
            await Task.Delay(50);
        }
        while (deliveries.Any(d => d.Status != WebhookDeliveryStatus.Delivered) && DateTime.UtcNow < deadline);

        Assert.Equal([WebhookDeliveryStatus.Delivered, WebhookDeliveryStatus.Delivered], deliveries.Select(d => d.Status));
        Assert.Equal([2, 1], deliveries.Select(d => d.AttemptCount));
        Assert.Equal(3, _receiver.Received.Count);
        Assert.Equal(2, _receiver.Received.Select(r => r.EventId).Distinct().Count());
    }
}
