using System.Security.Claims;
using System.Text.Json.Nodes;
using System.Threading.Channels;
using Commerce.Api.Auth;
using Commerce.Api.Graph;
using Commerce.Api.Tests.Infrastructure;
using GraphQL;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Commerce.Api.Tests.Features.Live;

/// <summary>
/// A subscription executed on the host's schema, as a transport does: the caller authenticated by the real
/// <see cref="CommerceAuthenticator"/>, the operation in a DI scope of its own, each result serialized to JSON.
/// </summary>
public sealed class SchemaSubscription : IAsyncDisposable
{
    private readonly Channel<JsonObject> _results = Channel.CreateUnbounded<JsonObject>();
    private readonly AsyncServiceScope _scope;
    private IDisposable? _subscription;

    private SchemaSubscription(AsyncServiceScope scope) => _scope = scope;

    /// <summary>Errors of a refused subscribe (no stream), else null.</summary>
    public JsonArray? Errors { get; private set; }

    public static async Task<SchemaSubscription> OpenAsync(CommerceApiFactory host, string? bearer, string document, Dictionary<string, object?>? variables = null)
    {
        var subscription = new SchemaSubscription(host.Services.CreateAsyncScope());
        var services = subscription._scope.ServiceProvider;
        var http = new DefaultHttpContext { RequestServices = services };
        if (bearer is not null)
        {
            http.Request.Headers.Authorization = "Bearer " + bearer;
        }

        var (principal, failure) = await services.GetRequiredService<CommerceAuthenticator>().AuthenticateAsync(http.Request, CancellationToken.None);
        Assert.Null(failure);
        var result = await services.GetRequiredService<IDocumentExecuter<CommerceSchema>>().ExecuteAsync(new ExecutionOptions
        {
            Query = document,
            Variables = variables?.ToInputs(),
            RequestServices = services,
            User = principal ?? new ClaimsPrincipal(new ClaimsIdentity()),
        });
        var serializer = services.GetRequiredService<IGraphQLTextSerializer>();
        if (result.Streams is { Count: 1 } streams)
        {
            subscription._subscription = streams.Values.Single().Subscribe(new Observer(subscription._results.Writer, serializer));
        }
        else
        {
            subscription.Errors = JsonNode.Parse(serializer.Serialize(result))!["errors"]!.AsArray();
        }

        return subscription;
    }

    /// <summary>The next result (<c>{ data, errors }</c>), failing after <paramref name="seconds"/>.</summary>
    public async Task<JsonObject> NextAsync(double seconds = 15)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(seconds));
        return await _results.Reader.ReadAsync(timeout.Token);
    }

    /// <summary>The next <paramref name="count"/> events of <paramref name="field"/>.</summary>
    public async Task<List<JsonObject>> EventsAsync(string field, int count)
    {
        var events = new List<JsonObject>();
        while (events.Count < count)
        {
            var next = await NextAsync();
            Assert.True(next["errors"] is null, next.ToJsonString());
            events.Add(next["data"]![field]!.AsObject());
        }

        return events;
    }

    /// <summary>True when nothing arrives within <paramref name="seconds"/>.</summary>
    public async Task<bool> IsQuietAsync(double seconds = 1)
    {
        await Task.Delay(TimeSpan.FromSeconds(seconds));
        return !_results.Reader.TryPeek(out _);
    }

    /// <summary>Whether the stream has ended (a completed subscription).</summary>
    public bool Completed => _results.Reader.Completion.IsCompleted;

    public async ValueTask DisposeAsync()
    {
        _subscription?.Dispose();
        await _scope.DisposeAsync();
    }

    private sealed class Observer(ChannelWriter<JsonObject> results, IGraphQLTextSerializer serializer) : IObserver<ExecutionResult>
    {
        public void OnNext(ExecutionResult value) => results.TryWrite(JsonNode.Parse(serializer.Serialize(value))!.AsObject());

        public void OnError(Exception error) => results.TryComplete(error);

        public void OnCompleted() => results.TryComplete();
    }
}
