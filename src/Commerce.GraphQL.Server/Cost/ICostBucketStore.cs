namespace Commerce.GraphQL.Server.Cost;

/// <summary>
/// Token buckets of cost points per caller key. Every call first restores points for the time elapsed since the
/// bucket was last touched (up to its maximum). The default store keeps buckets in this process's memory, so each
/// instance throttles on its own; a shared store (e.g. Redis) can replace it through DI.
/// </summary>
public interface ICostBucketStore
{
    /// <summary>Takes <paramref name="points"/> when the bucket holds that many; otherwise takes nothing.</summary>
    ThrottleStatus TryTake(string key, int points, out bool granted);

    /// <summary>Gives back points charged but not spent (never above the maximum).</summary>
    ThrottleStatus Return(string key, int points);

    /// <summary>The bucket's state now, without changing it.</summary>
    ThrottleStatus Peek(string key);
}
