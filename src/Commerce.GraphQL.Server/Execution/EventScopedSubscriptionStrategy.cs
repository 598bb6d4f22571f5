using System.Runtime.CompilerServices;
using GraphQL;
using GraphQL.Execution;
using Microsoft.Extensions.DependencyInjection;
using ExecutionContext = GraphQL.Execution.ExecutionContext;

namespace Commerce.GraphQL.Server.Execution;

/// <summary>
/// Resolves each subscription event in a DI scope of its own, so scoped services and DataLoaders see the data as it
/// is when the event arrives: a loader's per-request cache would otherwise hold the first event's rows for the
/// whole life of the subscription (and grow with it). The scope is created only when a resolver asks for a service,
/// so an event whose selection needs none costs no scope. The subscribe step itself runs in the operation's scope.
/// </summary>
/// <remarks>
/// An event whose source is an <see cref="ISharedSubscriptionEvent"/> is executed once per distinct subscription
/// (<see cref="SubscriptionShareKey"/>: document, variables, caller) and the <see cref="SharedExecutionResult"/> is
/// handed to all of them: a fan-out to 10,000 watchers of one order executes and serializes once, not 10,000 times.
/// Subscriptions with execution listeners are never shared (a listener may add per-request data).
/// Registered as a singleton by <c>AddExecutionStrategy</c>, so the sharing spans every connection of the process.
/// </remarks>
public sealed class EventScopedSubscriptionStrategy : SubscriptionExecutionStrategy
{
    private readonly SharedEventResults _shared = new();

    // Per subscription (its root field node lives as long as it does): its key, or null when it is not shared.
    private readonly ConditionalWeakTable<ExecutionNode, StrongBox<SubscriptionShareKey?>> _keys = [];

    protected override ValueTask<ExecutionResult> ProcessDataAsync(ExecutionContext context, ExecutionNode node, object? value)
    {
        if (value is ISharedSubscriptionEvent && context.Listeners.Count == 0 && ShareKeyOf(context, node) is { } key)
        {
            return new ValueTask<ExecutionResult>(_shared.GetOrExecute(value, key, () => ExecuteSharedAsync(context, node, value)));
        }

        return ExecuteInEventScopeAsync(context, node, value);
    }

    // Looked up per subscriber per event, built once per subscription: no closure allocated on the lookup.
    private SubscriptionShareKey? ShareKeyOf(ExecutionContext context, ExecutionNode node)
    {
        if (_keys.TryGetValue(node, out var known))
        {
            return known.Value;
        }

        var built = new StrongBox<SubscriptionShareKey?>(SubscriptionShareKey.Of(context));
        _keys.AddOrUpdate(node, built);
        return built.Value;
    }

    private async Task<ExecutionResult> ExecuteSharedAsync(ExecutionContext context, ExecutionNode node, object? value)
    {
        // The execution serves every subscription sharing it, so the one that happened to start it must not cancel it
        // by leaving. context is this event's copy for that subscription: nothing else reads its token.
        context.CancellationToken = CancellationToken.None;
        return new SharedExecutionResult(await ExecuteInEventScopeAsync(context, node, value).ConfigureAwait(false));
    }

    private async ValueTask<ExecutionResult> ExecuteInEventScopeAsync(ExecutionContext context, ExecutionNode node, object? value)
    {
        if (context.RequestServices?.GetService<IServiceScopeFactory>() is not { } scopes)
        {
            return await base.ProcessDataAsync(context, node, value).ConfigureAwait(false);
        }

        // context is the strategy's per-event copy: replacing its services touches no other event.
        await using var services = new LazyScope(scopes);
        context.RequestServices = services;
        return await base.ProcessDataAsync(context, node, value).ConfigureAwait(false);
    }

    private sealed class LazyScope(IServiceScopeFactory scopes) : IServiceProvider, IAsyncDisposable
    {
        private readonly Lock _gate = new();
        private AsyncServiceScope? _scope;

        public object? GetService(Type serviceType)
        {
            lock (_gate)
            {
                _scope ??= scopes.CreateAsyncScope();
                return _scope.Value.ServiceProvider.GetService(serviceType);
            }
        }

        public ValueTask DisposeAsync() => _scope?.DisposeAsync() ?? ValueTask.CompletedTask;
    }
}
