using System.Collections.Concurrent;
using Commerce.GraphQL.Server.Limits;
using Microsoft.Extensions.Options;

namespace Commerce.GraphQL.Server.Cost;

/// <summary>Buckets in a dictionary, one lock each, timed by the injected <see cref="TimeProvider"/>.</summary>
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

        var bucket = _buckets.GetOrAdd(key, static (_, state) => new Bucket(state.Max, state.Now), (Max: _maximum, Now: clock.GetUtcNow()));
        lock (bucket)
        {
            Refill(bucket);
            granted = bucket.Available >= points;
            if (granted)
            {
                bucket.Available -= points;
            }

            return Status(bucket);
        }
    }

    public ThrottleStatus Return(string key, int points)
    {
        if (!_buckets.TryGetValue(key, out var bucket))
        {
            return new ThrottleStatus(_maximum, _maximum, _rate);
        }

        lock (bucket)
        {
            Refill(bucket);
            bucket.Available = Math.Min(_maximum, bucket.Available + points);
            return Status(bucket);
        }
    }

    public ThrottleStatus Peek(string key)
    {
        if (!_buckets.TryGetValue(key, out var bucket))
        {
            return new ThrottleStatus(_maximum, _maximum, _rate);
        }

        lock (bucket)
        {
            Refill(bucket);
            return Status(bucket);
        }
    }

    private void Refill(Bucket bucket)
    {
        var now = clock.GetUtcNow();
        var elapsed = (now - bucket.UpdatedAt).TotalSeconds;
        if (elapsed > 0)
        {
            bucket.Available = Math.Min(_maximum, bucket.Available + (elapsed * _rate));
            bucket.UpdatedAt = now;
        }
    }

    private ThrottleStatus Status(Bucket bucket) => new(_maximum, bucket.Available, _rate);

    private void Prune()
    {
        foreach (var (key, bucket) in _buckets)
        {
            lock (bucket)
            {
                Refill(bucket);
                if (bucket.Available >= _maximum)
                {
                    _buckets.TryRemove(key, out _);
                }
            }
        }
    }

    private sealed class Bucket(double available, DateTimeOffset updatedAt)
    {
        public double Available { get; set; } = available;

        public DateTimeOffset UpdatedAt { get; set; } = updatedAt;
    }
}
