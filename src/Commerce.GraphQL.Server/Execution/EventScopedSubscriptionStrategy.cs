using GraphQL;
using GraphQL.Execution;
using Microsoft.Extensions.DependencyInjection;
using ExecutionContext = GraphQL.Execution.ExecutionContext;

namespace Commerce.GraphQL.Server.Execution;

/// <summary>
/// Resolves each subscription event in a DI scope of its own, so scoped services and DataLoaders see the data as it
/// is when the event arrives: a loader's per-request cache would otherwise hold the first event's rows for the
/// whole life of the subscription (and grow with it). The scope is created only when a resolver asks for a service,
/// so an event whose selection needs none (a fan-out to thousands) costs no scope. The subscribe step itself runs in
/// the operation's scope.
/// </summary>
public sealed class EventScopedSubscriptionStrategy : SubscriptionExecutionStrategy
{
    protected override async ValueTask<ExecutionResult> ProcessDataAsync(ExecutionContext context, ExecutionNode node, object? value)
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
