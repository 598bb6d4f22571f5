using Commerce.Api.Features.Common.Live;
using Commerce.Api.Tests.Infrastructure;
using Commerce.GraphQL.Server.Errors;
using Commerce.Infrastructure.Events;
using Commerce.Infrastructure.Outbox;
using Microsoft.Extensions.DependencyInjection;

namespace Commerce.Api.Tests.Features.Live;

public sealed class LiveEventLimitsTests : IDisposable
{
    private const string TestAggregate = "LimitProbe";

    private readonly CommerceApiFactory _host = new(seedDemoData: false, settings: new Dictionary<string, string?>
    {
        ["Events:MaxReplay"] = "3",
        ["Events:SubscriberBuffer"] = "4",
    });

    private static readonly LiveQuery Probes = new(
        db => db.OutboxMessages.Where(m => m.AggregateType == TestAggregate), e => e.AggregateType == TestAggregate);

    public void Dispose() => _host.Dispose();

    [Fact]
    public async Task Subscriber_IsEndedWithOverflow_WhenItFallsFurtherBehindThanItsBuffer()
    {
        var stream = await Live.OpenAsync(Probes, after: null, e => e, CancellationToken.None);
        var observer = new StalledObserver();
        using var subscription = stream.Subscribe(observer);

        await _host.Services.GetRequiredService<IEventBus>().PublishAsync(
            [.. Enumerable.Range(1, 20).Select(i => new OutboxEvent(1_000_000 + i, "probe", TestAggregate, i, "{}", DateTime.UtcNow))], CancellationToken.None);
        observer.Resume();
        var error = await observer.Ended.WaitAsync(TimeSpan.FromSeconds(10));

        Assert.Equal(LiveEventErrors.SubscriberOverflow, Assert.IsType<GraphQLServerError>(error).Code);
        Assert.InRange(observer.Received, 1, 1 + 4);   // the one in hand and the buffer, never all twenty
    }

    [Fact]
    public async Task Open_RefusesTheCursor_WhenMoreEventsFollowItThanAReplayReads()
    {
        var first = await AddProbesAsync(DateTime.UtcNow, 4);

        var refused = await Assert.ThrowsAsync<GraphQLServerError>(() => Live.OpenAsync(Probes, EventCursor.Encode(first - 1), e => e, CancellationToken.None));
        var allowed = await Live.OpenAsync(Probes, EventCursor.Encode(first), e => e, CancellationToken.None);

        Assert.Equal(LiveEventErrors.ReplayLimitExceeded, refused.Code);
        Assert.NotNull(allowed);
    }

    [Fact]
    public async Task Open_RefusesTheCursor_WhenWhatFollowsItIsOlderThanADay()
    {
        var first = await AddProbesAsync(DateTime.UtcNow.AddHours(-25), 1);

        var refused = await Assert.ThrowsAsync<GraphQLServerError>(() => Live.OpenAsync(Probes, EventCursor.Encode(first - 1), e => e, CancellationToken.None));

        Assert.Equal(LiveEventErrors.CursorExpired, refused.Code);
    }

    private LiveEvents Live => _host.Services.GetRequiredService<LiveEvents>();

    private async Task<long> AddProbesAsync(DateTime occurredAt, int count)
    {
        await using var db = _host.CreateDbContext();
        var rows = Enumerable.Range(1, count)
            .Select(i => new OutboxMessage { Type = "probe", AggregateType = TestAggregate, AggregateId = i, Payload = "{}", OccurredAt = occurredAt }).ToList();
        db.OutboxMessages.AddRange(rows);
        await db.SaveChangesAsync();
        return rows[0].Id;
    }

    /// <summary>A consumer stuck on its first event until resumed, as a client that stopped reading.</summary>
    private sealed class StalledObserver : IObserver<object?>
    {
        private readonly ManualResetEventSlim _resume = new();
        private readonly TaskCompletionSource<Exception?> _ended = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private int _received;

        public Task<Exception?> Ended => _ended.Task;

        public int Received => Volatile.Read(ref _received);

        public void Resume() => _resume.Set();

        public void OnNext(object? value)
        {
            Interlocked.Increment(ref _received);
            _resume.Wait(TimeSpan.FromSeconds(10));
        }

        public void OnError(Exception error) => _ended.TrySetResult(error);

        public void OnCompleted() => _ended.TrySetResult(null);
    }
}
