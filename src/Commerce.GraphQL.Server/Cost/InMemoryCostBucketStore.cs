using System.Collections.Concurrent;
using Commerce.GraphQL.Server.Limits;
using Microsoft.Extensions.Options;

namespace Commerce.GraphQL.Server.Cost;

/// <summary>
/// Buckets in a dictionary, timed by the injected <see cref="TimeProvider"/>. Each bucket's state is an immutable
/// snapshot swapped with compare-and-exchange: every request of a busy caller touches the same bucket twice (take,
/// then refund), and a lock there was the largest contention point under load (docs/benchmarks.md).
/// </summary>
public sealed class InMemoryCostBucketStore(IOptions<GraphQLLimitsOptions> options, TimeProvider clock) : ICostBucketStore
{
    // A full bucket is the same as no bucket; past this many keys full buckets are dropped.
    private const int PruneThreshold = 10_000;

    private readonly ConcurrentDictionary<string, Bucket> _buckets = new(StringComparer.Ordinal);
    private readonly int _maximum = options.Value.MaximumAvailable;
    private readonly int _rate = options.Value.RestoreRate;

    public ThrottleStatus TryTake(string key, int points, out bool granted)
    {
        if (_buckets.Count > PruneThreshold)
        {
            Prune();
        }

        var bucket = _buckets.GetOrAdd(key, static (_, state) => new Bucket(new State(state.Max, state.Now)), (Max: (double)_maximum, Now: clock.GetUtcNow().UtcTicks));
        var took = false;
        var after = Update(bucket, state =>
        {
            took = state.Available >= points;
            return took && points > 0 ? state with { Available = state.Available - points } : state;
        });
        granted = took;
        return Status(after);
    }

    public ThrottleStatus Return(string key, int points) =>
        _buckets.TryGetValue(key, out var bucket)
            ? Status(Update(bucket, state => points > 0 ? state with { Available = Math.Min(_maximum, state.Available + points) } : state))
            : new ThrottleStatus(_maximum, _maximum, _rate);

    public ThrottleStatus Peek(string key) =>
        _buckets.TryGetValue(key, out var bucket)
            ? Status(Refilled(Volatile.Read(ref bucket.Current), clock.GetUtcNow().UtcTicks))
            : new ThrottleStatus(_maximum, _maximum, _rate);

    // Refills to now, applies the change, and publishes the result unless another request got there first (then retries).
    private State Update(Bucket bucket, Func<State, State> change)
    {
        while (true)
        {
            var current = Volatile.Read(ref bucket.Current);
            var next = change(Refilled(current, clock.GetUtcNow().UtcTicks));
            if (ReferenceEquals(next, current) || ReferenceEquals(Interlocked.CompareExchange(ref bucket.Current, next, current), current))
            {
                return next;
            }
        }
    }

    private State Refilled(State state, long nowTicks)
    {
        var elapsed = (nowTicks - state.UpdatedTicks) / (double)TimeSpan.TicksPerSecond;
        return elapsed > 0
            ? new State(Math.Min(_maximum, state.Available + (elapsed * _rate)), nowTicks)
            : state;
    }

    private ThrottleStatus Status(State state) => new(_maximum, state.Available, _rate);

    private void Prune()
    {
        var now = clock.GetUtcNow().UtcTicks;
        foreach (var (key, bucket) in _buckets)
        {
            if (Refilled(Volatile.Read(ref bucket.Current), now).Available >= _maximum)
            {
                _buckets.TryRemove(key, out _);
            }
        }
    }

    private sealed class Bucket(State current)
    {
        public State Current = current;
    }

    /// <param name="Available">Points in the bucket.</param>
    /// <param name="UpdatedTicks">When <paramref name="Available"/> was last brought up to date (UTC ticks).</param>
    private sealed record State(double Available, long UpdatedTicks);
}
