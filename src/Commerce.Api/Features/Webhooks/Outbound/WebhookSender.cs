using System.Diagnostics;
using System.Net.Http.Headers;
using System.Text;
using Commerce.Domain.Webhooks;
using Microsoft.Extensions.Options;

namespace Commerce.Api.Features.Webhooks.Outbound;

/// <summary>
/// Makes one signed POST and reports it as a <see cref="WebhookAttempt"/>; never throws for the receiver's faults.
/// Redirects are not followed (a 3xx is a failure), no proxy is used, connections go through
/// <see cref="GuardedConnection"/>, and only the first KB of the answer is read.
/// </summary>
public sealed class WebhookSender : IDisposable
{
    public const string SignatureHeader = "X-Commerce-Signature";
    public const string EventIdHeader = "X-Commerce-Event-Id";
    public const string EventTypeHeader = "X-Commerce-Event-Type";

    private readonly HttpClient _http;
    private readonly OutboundWebhookOptions _options;

    public WebhookSender(IOptions<OutboundWebhookOptions> options)
    {
        _options = options.Value;
        _http = new HttpClient(new SocketsHttpHandler
        {
            AllowAutoRedirect = false,
            UseProxy = false,
            UseCookies = false,
            PooledConnectionLifetime = TimeSpan.FromMinutes(2),
            ConnectCallback = new GuardedConnection(_options.AllowPrivateAddresses).ConnectAsync,
        })
        { Timeout = System.Threading.Timeout.InfiniteTimeSpan };
        _http.DefaultRequestHeaders.UserAgent.Add(new ProductInfoHeaderValue("Commerce-Webhooks", "1.0"));
    }

    public async Task<WebhookAttempt> SendAsync(
        WebhookEndpoint endpoint, WebhookDelivery delivery, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var attempt = new WebhookAttempt { DeliveryId = delivery.Id, AttemptedAt = now.UtcDateTime };
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(_options.Timeout);
        var watch = Stopwatch.StartNew();
        try
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, endpoint.Url)
            {
                Content = new StringContent(delivery.Payload, Encoding.UTF8, "application/json"),
            };
            request.Headers.Add(SignatureHeader, WebhookSignature.Sign(endpoint.SigningSecrets(now.UtcDateTime), now, delivery.Payload));
            request.Headers.Add(EventIdHeader, delivery.EventId);
            request.Headers.Add(EventTypeHeader, delivery.EventType);
            using var response = await _http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, timeout.Token);
            attempt.StatusCode = (int)response.StatusCode;
            attempt.ResponseExcerpt = await ExcerptAsync(response, timeout.Token);
            if (!attempt.Succeeded)
            {
                attempt.Error = (int)response.StatusCode is >= 300 and < 400
                    ? "Redirects are not followed; give the final URL."
                    : $"The receiver answered {(int)response.StatusCode}.";
            }
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            attempt.Error = attempt.StatusCode is null
                ? $"No answer within {_options.TimeoutSeconds:0.###} s."
                : $"The answer's body was still arriving after {_options.TimeoutSeconds:0.###} s.";
        }
        catch (HttpRequestException e)
        {
            attempt.Error = Describe(e);
        }

        attempt.DurationMs = (int)watch.ElapsedMilliseconds;
        return attempt;
    }

    public void Dispose() => _http.Dispose();

    private static async Task<string?> ExcerptAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        await using var body = await response.Content.ReadAsStreamAsync(cancellationToken);
        var buffer = new byte[WebhookAttempt.ExcerptLength];
        var read = await body.ReadAtLeastAsync(buffer, buffer.Length, throwOnEndOfStream: false, cancellationToken);
        var text = Encoding.UTF8.GetString(buffer, 0, read);
        return read == 0 ? null : text[..Math.Min(text.Length, WebhookAttempt.ExcerptLength)];
    }

    private static string Describe(HttpRequestException e)
    {
        for (Exception? inner = e; inner is not null; inner = inner.InnerException)
        {
            if (inner is WebhookAddressRefusedException refused)
            {
                return refused.Message;
            }
        }

        var text = e.InnerException is { } cause ? $"{e.Message} ({cause.Message})" : e.Message;
        return text.Length > 500 ? text[..500] : text;
    }
}
