using System.Text;
using Commerce.GraphQL.Server.Http;
using GraphQL;
using GraphQL.Types;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Commerce.GraphQL.Server.Subscriptions;

/// <summary>
/// GraphQL over Server-Sent Events, graphql-sse's "distinct connections mode": a GET or POST with
/// <c>Accept: text/event-stream</c> gets <c>event: next</c> frames and a final <c>event: complete</c>. A malformed
/// request is answered like any HTTP request (4xx JSON); an operation refused by validation is one <c>next</c> with
/// the errors, then <c>complete</c> (the spec's rule: an EventSource cannot read a 400's body). The client ends a
/// subscription by disconnecting, which disposes it.
/// </summary>
internal static class ServerSentEventsHandler<TSchema>
    where TSchema : ISchema
{
    public const string MediaType = "text/event-stream";

    public static bool IsRequested(HttpRequest request) =>
        (HttpMethods.IsGet(request.Method) || HttpMethods.IsPost(request.Method))
        && request.Headers.Accept.Any(accept => accept is not null && accept.Contains(MediaType, StringComparison.OrdinalIgnoreCase));

    public static async Task HandleAsync(HttpContext http)
    {
        var services = http.RequestServices;
        var serializer = services.GetRequiredService<IGraphQLTextSerializer>();
        GraphQLHttpRequest request;
        try
        {
            var reader = new GraphQLHttpRequestReader(serializer, services.GetRequiredService<IOptions<GraphQLHttpOptions>>().Value);
            request = HttpMethods.IsGet(http.Request.Method)
                ? reader.ReadQueryString(http.Request.Query)
                : await reader.ReadBodyAsync(http.Request, http.RequestAborted);
        }
        catch (GraphQLHttpException ex)
        {
            await new GraphQLHttpResponseWriter(http, serializer).WriteErrorAsync(ex.StatusCode, ResponseMediaType.Json, ex.Message, ex.Code);
            return;
        }

        // Set before execution; they reach the client with the first frame, after execution wrote its own headers.
        http.Response.StatusCode = StatusCodes.Status200OK;
        http.Response.ContentType = MediaType + "; charset=utf-8";
        http.Response.Headers.CacheControl = "no-cache";
        http.Response.Headers["X-Accel-Buffering"] = "no";
        var options = services.GetRequiredService<IOptions<GraphQLWebSocketOptions>>().Value;
        var queue = new OutboundQueue(options.SendQueueCapacity);
        using var ended = CancellationTokenSource.CreateLinkedTokenSource(http.RequestAborted);
        var sink = new Sink(queue, serializer, ended);
        var writer = WriteAsync(http, queue, ended.Token);
        _ = KeepAliveAsync(queue, options.KeepAliveInterval, ended.Token);
        try
        {
            await OperationRunner<TSchema>.RunAsync(http, http.User, request, sink, ended.Token);
        }
        catch (OperationCanceledException) when (ended.IsCancellationRequested)
        {
            // The client disconnected, or read too slowly.
        }

        queue.Complete(discardPending: ended.IsCancellationRequested);
        await writer;
        await ended.CancelAsync();
    }

    private static async Task WriteAsync(HttpContext http, OutboundQueue queue, CancellationToken cancellationToken)
    {
        try
        {
            await queue.WriteLoopAsync(async (frame, ct) =>
            {
                await http.Response.Body.WriteAsync(frame, ct);
                await http.Response.Body.FlushAsync(ct);
            }, cancellationToken);
        }
        catch (Exception ex) when (ex is OperationCanceledException or IOException)
        {
            // The client went away.
        }
    }

    private static async Task KeepAliveAsync(OutboundQueue queue, TimeSpan interval, CancellationToken cancellationToken)
    {
        if (interval <= TimeSpan.Zero)
        {
            return;
        }

        using var timer = new PeriodicTimer(interval);
        try
        {
            // A comment line: ignored by EventSource, keeps proxies from timing the response out.
            while (await timer.WaitForNextTickAsync(cancellationToken) && queue.TryEnqueue(":\n\n"))
            {
            }
        }
        catch (OperationCanceledException)
        {
            // The operation ended.
        }
    }

    private sealed class Sink(OutboundQueue queue, IGraphQLTextSerializer serializer, CancellationTokenSource ended) : IOperationSink
    {
        public void Next(ExecutionResult result) => Enqueue(Concat(NextPrefix, ResultPayload.Utf8(result, serializer).Span, EventEnd));

        public void Error(ExecutionResult result)
        {
            Next(result);
            Complete();
        }

        public void Complete() => Enqueue("event: complete\ndata:\n\n");

        // A comment line, so the response (its headers) goes out before the first event.
        public void Subscribed() => Enqueue(":\n\n");

        private static ReadOnlySpan<byte> NextPrefix => "event: next\ndata: "u8;

        private static ReadOnlySpan<byte> EventEnd => "\n\n"u8;

        private static byte[] Concat(ReadOnlySpan<byte> a, ReadOnlySpan<byte> b, ReadOnlySpan<byte> c)
        {
            var frame = new byte[a.Length + b.Length + c.Length];
            a.CopyTo(frame);
            b.CopyTo(frame.AsSpan(a.Length));
            c.CopyTo(frame.AsSpan(a.Length + b.Length));
            return frame;
        }

        private void Enqueue(string frame) => Enqueue(Encoding.UTF8.GetBytes(frame));

        // A full queue means the client reads too slowly: the stream ends rather than buffering without bound.
        private void Enqueue(ReadOnlyMemory<byte> frame)
        {
            if (!queue.TryEnqueue(frame))
            {
                ended.Cancel();
            }
        }
    }
}
