using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using GraphQL;

namespace Commerce.GraphQL.Server.Execution;

/// <summary>
/// The results of events shared between subscriptions: per event source object (held weakly, so an event's results
/// go when the event does) and per <see cref="SubscriptionShareKey"/>, the one execution every equal subscription awaits.
/// </summary>
internal sealed class SharedEventResults
{
    private readonly ConditionalWeakTable<object, ConcurrentDictionary<SubscriptionShareKey, Lazy<Task<ExecutionResult>>>> _byEvent = [];

    /// <summary>The result of <paramref name="key"/>'s subscription for <paramref name="source"/>: the first caller runs <paramref name="execute"/>, the rest await it.</summary>
    public Task<ExecutionResult> GetOrExecute(object source, SubscriptionShareKey key, Func<Task<ExecutionResult>> execute)
    {
        var results = _byEvent.GetValue(source, static _ => new ConcurrentDictionary<SubscriptionShareKey, Lazy<Task<ExecutionResult>>>());
        // Lazy: GetOrAdd may build a value it then discards; only the stored one may run the execution.
        return results.GetOrAdd(key, static (_, run) => new Lazy<Task<ExecutionResult>>(run), execute).Value;
    }
}
