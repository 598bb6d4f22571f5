using System.Runtime.CompilerServices;
using System.Threading.Channels;
using Commerce.Infrastructure.Events;
using Commerce.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Commerce.Api.Features.Common.Live;

/// <summary>
/// One subscriber. It listens on the bus before it reads what it missed, so nothing falls between the two; live
/// events at or below the last stored event read are dropped (no duplicates, whatever the bus repeats). Live events
/// wait in a bounded buffer: a subscriber that falls <see cref="LiveEventOptions.BufferCapacity"/> behind is ended
/// with SUBSCRIBER_OVERFLOW. When the bus reconnects it reads what it may have missed from the table again.
/// </summary>
internal sealed class LiveSubscription : IEventSubscriber, IDisposable
{
    private readonly Channel<OutboxEvent?> _buffer;   // null = the bus reconnected: catch up from the table
    private readonly IDisposable _listening;
    private readonly LiveQuery _query;
    private readonly LiveEventOptions _options;
    private readonly IDbContextFactory<CommerceDbContext> _contexts;
    private readonly Dictionary<(string, int), bool> _storedByAggregate = [];
    private List<OutboxEvent> _missed = [];
    private long _last;

    public LiveSubscription(IEventBus bus, LiveQuery query, LiveEventOptions options, IDbContextFactory<CommerceDbContext> contexts)
    {
        _query = query;
        _options = options;
        _contexts = contexts;
        _buffer = Channel.CreateBounded<OutboxEvent?>(new BoundedChannelOptions(options.BufferCapacity) { SingleReader = true });
        _listening = bus.Subscribe(this);
    }

    public void OnEvent(OutboxEvent outboxEvent)
    {
        if (_query.Matches(outboxEvent))
        {
            Buffer(outboxEvent);
        }
    }

    public void OnConnectionChanged(bool connected)
    {
        if (connected)
        {
            Buffer(null);
        }
    }

    /// <summary>Reads the stored events after <paramref name="after"/>, or notes where live events start when null.</summary>
    public async Task StartAsync(long? after, DateTime now, CancellationToken cancellationToken)
    {
        await using var db = await _contexts.CreateDbContextAsync(cancellationToken);
        if (after is not { } cursor)
        {
            _last = await db.LatestIdAsync(cancellationToken);
            return;
        }

        if (await db.FirstOccurredAfterAsync(cursor, cancellationToken) is { } first && first < now - _options.MaxReplayAge)
        {
            throw LiveEventErrors.Expired(_options.MaxReplayAge);
        }

        _missed = await ReadMissedAsync(db, cursor, cancellationToken);
    }

    public async IAsyncEnumerable<OutboxEvent> ReadAllAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        try
        {
            foreach (var missed in _missed)
            {
                yield return missed;
            }

            _missed = [];
            await foreach (var item in _buffer.Reader.ReadAllAsync(cancellationToken))
            {
                foreach (var outboxEvent in await NextAsync(item, cancellationToken))
                {
                    yield return outboxEvent;
                }
            }
        }
        finally
        {
            Dispose();
        }
    }

    public void Dispose()
    {
        _listening.Dispose();
        _buffer.Writer.TryComplete();
    }

    private void Buffer(OutboxEvent? item)
    {
        if (!_buffer.Writer.TryWrite(item))
        {
            // Stop listening too: a stream nobody reads (its client vanished before subscribing) must not stay registered.
            _buffer.Writer.TryComplete(LiveEventErrors.Overflow(_options.BufferCapacity));
            _listening.Dispose();
        }
    }

    private async Task<List<OutboxEvent>> NextAsync(OutboxEvent? item, CancellationToken cancellationToken)
    {
        if (item is null)
        {
            await using var db = await _contexts.CreateDbContextAsync(cancellationToken);
            return await ReadMissedAsync(db, _last, cancellationToken);
        }

        if (item.Id <= _last)
        {
            return [];
        }

        _last = item.Id;
        return !_query.CheckStored || await IsStoredMatchAsync(item, cancellationToken) ? [item] : [];
    }

    private async Task<List<OutboxEvent>> ReadMissedAsync(CommerceDbContext db, long after, CancellationToken cancellationToken)
    {
        var rows = await _query.Stored(db).ReadAfterAsync(after, _options.MaxReplay + 1, cancellationToken);
        if (rows.Count > _options.MaxReplay)
        {
            throw LiveEventErrors.ReplayLimit(_options.MaxReplay);
        }

        _last = Math.Max(after, rows.Count > 0 ? rows[^1].Id : after);
        return rows.FindAll(e => _query.Matches(e));
    }

    // What Stored adds to Matches (whose order, which vendor's lines) does not change for an aggregate, so one lookup
    // per aggregate serves its later events too (bounded: cleared when it grows past the buffer size).
    private async Task<bool> IsStoredMatchAsync(OutboxEvent item, CancellationToken cancellationToken)
    {
        var key = (item.AggregateType, item.AggregateId);
        if (_storedByAggregate.TryGetValue(key, out var known))
        {
            return known;
        }

        await using var db = await _contexts.CreateDbContextAsync(cancellationToken);
        var id = item.Id;
        var matches = await _query.Stored(db).AnyAsync(m => m.Id == id, cancellationToken);
        if (_storedByAggregate.Count >= _options.BufferCapacity)
        {
            _storedByAggregate.Clear();
        }

        _storedByAggregate[key] = matches;
        return matches;
    }
}
