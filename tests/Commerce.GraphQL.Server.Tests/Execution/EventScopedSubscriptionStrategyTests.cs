using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using Commerce.GraphQL.Server.Execution;
using Commerce.GraphQL.Server.Http;
using Commerce.GraphQL.Server.Tests.Subscriptions;
using Commerce.GraphQL.Server.Tests.TestSupport;
using GraphQL;
using GraphQL.SystemTextJson;
using GraphQLParser.AST;
using Microsoft.Extensions.DependencyInjection;

namespace Commerce.GraphQL.Server.Tests.Execution;

public sealed class EventScopedSubscriptionStrategyTests
{
    [Fact]
    public async Task Events_ResolveInScopesOfTheirOwn_WhenTheStrategyIsRegistered()
    {
        var services = new ServiceCollection()
            .AddLogging()
            .AddGraphQLHttp()
            .AddSingleton<TestEventSource>()
            .AddScoped<OperationMarker>()
            .AddSingleton<PeopleSource>().AddScoped<PersonByIdLoader>().AddScoped<PetsByOwnerIdLoader>()
            .AddGraphQL(b => b.AddSchema<SubscriptionTestSchema>().AddSystemTextJson().AddGraphTypes(typeof(SubscriptionTestSchema).Assembly)
                .AddExecutionStrategy<EventScopedSubscriptionStrategy>(OperationType.Subscription))
            .BuildServiceProvider();
        await using var operation = services.CreateAsyncScope();
        var operationMarker = operation.ServiceProvider.GetRequiredService<OperationMarker>().Id;
        var result = await operation.ServiceProvider.GetRequiredService<IDocumentExecuter<SubscriptionTestSchema>>().ExecuteAsync(new ExecutionOptions
        {
            Query = "subscription { ticks { value operation } }",
            RequestServices = operation.ServiceProvider,
            ThrowOnUnhandledException = true,
        });
        var markers = new BlockingCollection<string>();
        var serializer = new GraphQLSerializer();
        Assert.True(result.Streams is not null, serializer.Serialize(result));
        using var subscription = result.Streams!.Values.Single().Subscribe(new Collector(r =>
            markers.Add(JsonNode.Parse(serializer.Serialize(r))!["data"]!["ticks"]!["operation"]!.GetValue<string>())));

        var events = services.GetRequiredService<TestEventSource>();
        events.Publish("1");
        events.Publish("2");
        var first = markers.Take(new CancellationTokenSource(TimeSpan.FromSeconds(10)).Token);
        var second = markers.Take(new CancellationTokenSource(TimeSpan.FromSeconds(10)).Token);

        Assert.NotEqual(first, second);
        Assert.DoesNotContain(operationMarker, new[] { first, second });
    }

    private sealed class Collector(Action<ExecutionResult> onNext) : IObserver<ExecutionResult>
    {
        public void OnNext(ExecutionResult value) => onNext(value);

        public void OnError(Exception error)
        {
        }

        public void OnCompleted()
        {
        }
    }
}
