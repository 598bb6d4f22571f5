using System.Collections.Concurrent;
using System.Security.Claims;
using System.Text;
using System.Text.Json.Nodes;
using Commerce.GraphQL.Server.Execution;
using GraphQL;
using GraphQL.Execution;
using GraphQL.SystemTextJson;
using GraphQL.Types;
using GraphQLParser.AST;
using Microsoft.Extensions.DependencyInjection;

namespace Commerce.GraphQL.Server.Tests.Execution;

/// <summary>
/// An event whose source is an <see cref="ISharedSubscriptionEvent"/> is executed once per distinct subscription
/// (document, variables, caller) and the result is shared; anything that could make two results differ keeps them apart.
/// </summary>
public sealed class SharedSubscriptionResultTests : IAsyncDisposable
{
    private const string Document = "subscription($tag: String) { ticks(tag: $tag) { value tag caller } }";

    private readonly ServiceProvider _services;
    private readonly TickSource _source = new();
    private readonly Executions _executions = new();
    private readonly List<IDisposable> _subscriptions = [];

    public SharedSubscriptionResultTests()
    {
        _services = new ServiceCollection()
            .AddSingleton(_source)
            .AddSingleton(_executions)
            .AddSingleton<TickGraphType>()
            .AddGraphQL(b => b.AddSchema<TickSchema>().AddSystemTextJson()
                .AddExecutionStrategy<EventScopedSubscriptionStrategy>(OperationType.Subscription))
            .BuildServiceProvider();
    }

    [Fact]
    public async Task EqualSubscriptions_ExecuteOnce_AndReceiveTheSameResult()
    {
        var received = await SubscribeAsync(3, Staff("alice"), "a");

        _source.Publish(new SharedTick("1"));

        var results = await TakeAsync(received, 3);
        Assert.Equal(1, _executions.Count("1"));
        Assert.All(results, r => Assert.Same(results[0], r));
        var data = Data(results[0]);
        Assert.Equal("1", data["value"]!.GetValue<string>());
        Assert.Equal("a", data["tag"]!.GetValue<string>());
        Assert.Equal("alice", data["caller"]!.GetValue<string>());
    }

    [Fact]
    public async Task DifferentVariablesOrCallers_AreExecutedApart()
    {
        var sameA = await SubscribeAsync(2, Staff("alice"), "a");
        var otherTag = await SubscribeAsync(1, Staff("alice"), "b");
        var otherCaller = await SubscribeAsync(1, Staff("bob"), "a");
        var anonymous = await SubscribeAsync(1, new ClaimsPrincipal(new ClaimsIdentity()), "a");

        _source.Publish(new SharedTick("2"));

        Assert.Equal("a", Data((await TakeAsync(sameA, 2))[0])["tag"]!.GetValue<string>());
        Assert.Equal("b", Data((await TakeAsync(otherTag, 1))[0])["tag"]!.GetValue<string>());
        Assert.Equal("bob", Data((await TakeAsync(otherCaller, 1))[0])["caller"]!.GetValue<string>());
        Assert.Equal("", Data((await TakeAsync(anonymous, 1))[0])["caller"]!.GetValue<string>());
        Assert.Equal(4, _executions.Count("2"));
    }

    [Fact]
    public async Task SourcesNotMarkedShared_AreExecutedPerSubscription()
    {
        var received = await SubscribeAsync(3, Staff("alice"), "a");

        _source.Publish(new UnsharedTick("3"));

        var results = await TakeAsync(received, 3);
        Assert.Equal(3, _executions.Count("3"));
        Assert.Equal(3, results.Distinct().Count());
    }

    [Fact]
    public async Task EachEventIsExecutedAnew()
    {
        var received = await SubscribeAsync(2, Staff("alice"), "a");

        _source.Publish(new SharedTick("4"));
        _source.Publish(new SharedTick("4"));   // an equal value, but another event

        await TakeAsync(received, 4);
        Assert.Equal(2, _executions.Count("4"));
    }

    [Fact]
    public async Task TheSubscriberThatStartedTheExecution_LeavingDoesNotCancelItForTheOthers()
    {
        var first = await SubscribeAsync(1, Staff("alice"), "a");
        var firstSubscription = _subscriptions[^1];
        var others = await SubscribeAsync(2, Staff("alice"), "a");
        _executions.Hold();

        _source.Publish(new SharedTick("5"));
        await _executions.WaitUntilStartedAsync("5");
        firstSubscription.Dispose();
        _executions.Release();

        var results = await TakeAsync(others, 2);
        Assert.All(results, r => Assert.Null(r.Errors));
        Assert.Equal("5", Data(results[0])["value"]!.GetValue<string>());
        Assert.Equal(1, _executions.Count("5"));
    }

    [Fact]
    public async Task ASharedResult_IsSerializedOnce()
    {
        var received = await SubscribeAsync(2, Staff("alice"), "a");

        _source.Publish(new SharedTick("6"));

        var results = await TakeAsync(received, 2);
        var shared = Assert.IsType<SharedExecutionResult>(results[0]);
        var serializer = new GraphQLSerializer();
        var first = shared.Utf8Json(serializer);
        Assert.True(first.Span == shared.Utf8Json(serializer).Span, "the second call serialized again");
        Assert.Equal(serializer.Serialize<ExecutionResult>(results[1]), Encoding.UTF8.GetString(first.Span));
    }

    [Fact]
    public async Task SubscriptionsWithExecutionListeners_AreNotShared()
    {
        var received = await SubscribeAsync(2, Staff("alice"), "a", new CountingListener());

        _source.Publish(new SharedTick("7"));

        await TakeAsync(received, 2);
        Assert.Equal(2, _executions.Count("7"));
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var subscription in _subscriptions)
        {
            subscription.Dispose();
        }

        await _services.DisposeAsync();
    }

    private static ClaimsPrincipal Staff(string name) =>
        new(new ClaimsIdentity([new Claim(ClaimTypes.Name, name), new Claim("scope", "read:orders")], "ApiKey"));

    private static JsonObject Data(ExecutionResult result) =>
        JsonNode.Parse(new GraphQLSerializer().Serialize(result))!["data"]!["ticks"]!.AsObject();

    private async Task<BlockingCollection<ExecutionResult>> SubscribeAsync(int count, ClaimsPrincipal user, string tag, IDocumentExecutionListener? listener = null)
    {
        var received = new BlockingCollection<ExecutionResult>();
        for (var i = 0; i < count; i++)
        {
            var options = new ExecutionOptions
            {
                Query = Document,
                Variables = new Inputs(new Dictionary<string, object?> { ["tag"] = tag }),
                User = user,
                RequestServices = _services,
                ThrowOnUnhandledException = true,
            };
            if (listener is not null)
            {
                options.Listeners.Add(listener);
            }

            var result = await _services.GetRequiredService<IDocumentExecuter<TickSchema>>().ExecuteAsync(options);
            Assert.True(result.Streams is not null, new GraphQLSerializer().Serialize(result));
            _subscriptions.Add(result.Streams!.Values.Single().Subscribe(new Collector(received)));
        }

        return received;
    }

    private static async Task<List<ExecutionResult>> TakeAsync(BlockingCollection<ExecutionResult> received, int count)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        var results = new List<ExecutionResult>();
        await Task.Run(() =>
        {
            for (var i = 0; i < count; i++)
            {
                results.Add(received.Take(timeout.Token));
            }
        });
        return results;
    }

    private sealed record SharedTick(string Value) : ISharedSubscriptionEvent, ITick;

    private sealed record UnsharedTick(string Value) : ITick;

    private interface ITick
    {
        string Value { get; }
    }

    /// <summary>How many times each event's selection was executed; can hold executions until released.</summary>
    private sealed class Executions
    {
        private readonly ConcurrentDictionary<string, int> _counts = new();
        private readonly ConcurrentDictionary<string, TaskCompletionSource> _started = new();
        private TaskCompletionSource _released = CompletedSource();

        public int Count(string value) => _counts.GetValueOrDefault(value);

        public void Hold() => _released = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

        public void Release() => _released.TrySetResult();

        public Task WaitUntilStartedAsync(string value) => Started(value).Task.WaitAsync(TimeSpan.FromSeconds(10));

        // Honours the request's token, as a resolver reading a database would.
        public async Task<string> RunAsync(string value, CancellationToken cancellationToken)
        {
            _counts.AddOrUpdate(value, 1, (_, n) => n + 1);
            Started(value).TrySetResult();
            await _released.Task.WaitAsync(cancellationToken);
            return value;
        }

        private TaskCompletionSource Started(string value) =>
            _started.GetOrAdd(value, _ => new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));

        private static TaskCompletionSource CompletedSource()
        {
            var source = new TaskCompletionSource();
            source.SetResult();
            return source;
        }
    }

    private sealed class TickSource : IObservable<object>
    {
        private readonly List<IObserver<object>> _observers = [];

        public IDisposable Subscribe(IObserver<object> observer)
        {
            lock (_observers)
            {
                _observers.Add(observer);
            }

            return new Unsubscriber(() =>
            {
                lock (_observers)
                {
                    _observers.Remove(observer);
                }
            });
        }

        public void Publish(object tick)
        {
            IObserver<object>[] observers;
            lock (_observers)
            {
                observers = [.. _observers];
            }

            foreach (var observer in observers)
            {
                observer.OnNext(tick);
            }
        }

        private sealed class Unsubscriber(Action dispose) : IDisposable
        {
            public void Dispose() => dispose();
        }
    }

    private sealed class TickSchema : Schema
    {
        public TickSchema(IServiceProvider services)
            : base(services)
        {
            var query = new ObjectGraphType { Name = "Query" };
            query.Field<StringGraphType>("hello").Resolve(_ => "world");
            Query = query;
            var subscription = new ObjectGraphType { Name = "Subscription" };
            subscription.Field<TickGraphType>("ticks")
                .Argument<StringGraphType>("tag")
                .ResolveStream(ctx => ctx.RequestServices!.GetRequiredService<TickSource>())
                .Resolve(ctx => ctx.Source);
            Subscription = subscription;
        }
    }

    private sealed class TickGraphType : ObjectGraphType<ITick>
    {
        public TickGraphType()
        {
            Name = "Tick";
            Field<StringGraphType>("value").ResolveAsync(async ctx => await ctx.RequestServices!.GetRequiredService<Executions>().RunAsync(ctx.Source.Value, ctx.CancellationToken));
            Field<StringGraphType>("tag").Resolve(ctx => ctx.Parent!.GetArgument<string>("tag"));
            Field<StringGraphType>("caller").Resolve(ctx => ctx.User?.Identity?.Name ?? "");
        }
    }

    private sealed class Collector(BlockingCollection<ExecutionResult> received) : IObserver<ExecutionResult>
    {
        public void OnNext(ExecutionResult value) => received.Add(value);

        public void OnError(Exception error)
        {
        }

        public void OnCompleted()
        {
        }
    }

    private sealed class CountingListener : DocumentExecutionListenerBase;
}
