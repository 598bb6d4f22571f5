using System.Security.Claims;
using Commerce.GraphQL.Server.Http;
using GraphQL;
using GraphQL.Types;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Commerce.GraphQL.Server.Subscriptions;

/// <summary>
/// Runs one operation of a socket or an SSE request in its own DI scope, which lives until the operation ends, so the
/// resolvers that run per event (graphql-dotnet resolves each source event's selection with the operation's
/// <c>RequestServices</c>) get the operation's scoped services and DataLoaders.
/// </summary>
internal static class OperationRunner<TSchema>
    where TSchema : ISchema
{
    /// <summary>Completes when the operation has ended: its result was sent, its stream ended, or <paramref name="cancellationToken"/> fired.</summary>
    public static async Task RunAsync(
        HttpContext http, ClaimsPrincipal user, GraphQLHttpRequest request, IOperationSink sink, CancellationToken cancellationToken)
    {
        await using var scope = http.RequestServices.GetRequiredService<IServiceScopeFactory>().CreateAsyncScope();
        var options = GraphQLExecution.CreateOptions(http, scope.ServiceProvider, user, request, cancellationToken);
        var result = await scope.ServiceProvider.GetRequiredService<IDocumentExecuter<TSchema>>().ExecuteAsync(options);
        if (cancellationToken.IsCancellationRequested)
        {
            return;
        }

        if (!result.Executed)
        {
            sink.Error(result);
            return;
        }

        if (result.Streams is not { Count: > 0 } streams)
        {
            sink.Next(result);
            sink.Complete();
            return;
        }

        var observer = new StreamObserver(sink);
        using (streams.Values.First().Subscribe(observer))
        using (cancellationToken.Register(() => observer.Ended.TrySetResult()))
        {
            sink.Subscribed();
            await observer.Ended.Task;
        }
    }

    private sealed class StreamObserver(IOperationSink sink) : IObserver<ExecutionResult>
    {
        private int _ended;

        public TaskCompletionSource Ended { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public void OnNext(ExecutionResult value)
        {
            if (Volatile.Read(ref _ended) == 0)
            {
                sink.Next(value);
            }
        }

        // graphql-dotnet turns resolver failures into results with errors; an error here ends the stream.
        public void OnError(Exception error) =>
            End(() => sink.Error(new ExecutionResult { Errors = [new ExecutionError(error is ExecutionError ? error.Message : "The event stream failed.")] }));

        public void OnCompleted() => End(sink.Complete);

        // The last message is queued before the operation is reported ended: the transport completes its send queue
        // once RunAsync returns, and a message queued after that would be lost.
        private void End(Action lastMessage)
        {
            if (Interlocked.Exchange(ref _ended, 1) == 0)
            {
                lastMessage();
                Ended.TrySetResult();
            }
        }
    }
}
