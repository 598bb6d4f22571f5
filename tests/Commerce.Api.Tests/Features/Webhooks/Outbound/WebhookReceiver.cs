using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Commerce.Api.Tests.Features.Webhooks.Outbound;

/// <summary>One request as the receiver saw it.</summary>
public sealed record ReceivedWebhook(string Path, string Body, string? Signature, string? EventId, string? EventType);

/// <summary>
/// A real HTTP server on 127.0.0.1 (Kestrel, a free port): <c>/hooks</c> answers 500 ("boom N") to the first
/// <see cref="FailFirst"/> requests and 200 ("ok") after, each after <see cref="Delay"/>; <c>/redirect</c> answers 302 to /hooks.
/// </summary>
public sealed class WebhookReceiver : IAsyncDisposable
{
    private readonly ConcurrentQueue<ReceivedWebhook> _received = new();
    private readonly SemaphoreSlim _arrivals = new(0);
    private WebApplication? _app;
    private int _count;

    public int FailFirst { get; set; }

    public TimeSpan Delay { get; set; }

    public string BaseUrl { get; private set; } = "";

    public string Url => BaseUrl + "/hooks";

    public string RedirectUrl => BaseUrl + "/redirect";

    public IReadOnlyList<ReceivedWebhook> Received => [.. _received];

    public static async Task<WebhookReceiver> StartAsync(int failFirst = 0)
    {
        var receiver = new WebhookReceiver { FailFirst = failFirst };
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { EnvironmentName = "Receiver" });
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        app.MapPost("/hooks", (Delegate)receiver.HandleAsync);
        app.MapPost("/redirect", (HttpContext http) => { receiver.Record(http, ""); return Results.Redirect("/hooks"); });
        await app.StartAsync();
        receiver._app = app;
        receiver.BaseUrl = app.Urls.Single();
        return receiver;
    }

    /// <summary>Waits (at most <paramref name="timeout"/>) until <paramref name="count"/> requests have arrived in all.</summary>
    public async Task<bool> WaitForAsync(int count, TimeSpan timeout)
    {
        using var cts = new CancellationTokenSource(timeout);
        try
        {
            while (_received.Count < count)
            {
                await _arrivals.WaitAsync(cts.Token);
            }

            return true;
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }

        _arrivals.Dispose();
    }

    private async Task<IResult> HandleAsync(HttpContext http)
    {
        using var reader = new StreamReader(http.Request.Body);
        var number = Record(http, await reader.ReadToEndAsync());
        if (Delay > TimeSpan.Zero)
        {
            await Task.Delay(Delay, CancellationToken.None);
        }

        return number <= FailFirst ? Results.Text($"boom {number}", statusCode: 500) : Results.Text("ok");
    }

    private int Record(HttpContext http, string body)
    {
        var number = http.Request.Path == "/hooks" ? Interlocked.Increment(ref _count) : 0;
        _received.Enqueue(new ReceivedWebhook(http.Request.Path, body, http.Request.Headers["X-Commerce-Signature"],
            http.Request.Headers["X-Commerce-Event-Id"], http.Request.Headers["X-Commerce-Event-Type"]));
        _arrivals.Release();
        return number;
    }
}
