using System.Text;

namespace Commerce.Api.Features.Webhooks.Inbound;

/// <summary>
/// The checks every inbound delivery passes before its JSON is even parsed: a configured sender (404), a body within
/// the size limit (413), and a valid signature over the raw bytes with a fresh timestamp (401).
/// </summary>
public static class InboundWebhookRequest
{
    public const int MaxBodyBytes = 256 * 1024;

    /// <summary>The body as text when the delivery is authentic, else the refusal to answer with.</summary>
    public static async Task<(string? Body, IResult? Refusal)> ReadAsync(HttpContext http, string kind, string name)
    {
        var senders = http.RequestServices.GetRequiredService<InboundWebhookSenders>();
        var secrets = senders.SecretsOf(kind, name);
        if (secrets.Count == 0)
        {
            return (null, InboundWebhookAnswers.UnknownSender(kind.ToLowerInvariant(), name));
        }

        var bytes = await ReadBodyAsync(http.Request, http.RequestAborted);
        if (bytes is null)
        {
            return (null, InboundWebhookAnswers.TooLarge(MaxBodyBytes));
        }

        var now = http.RequestServices.GetRequiredService<TimeProvider>().GetUtcNow();
        if (!WebhookSignature.Verify(http.Request.Headers[WebhookSignature.HeaderName].ToString(), bytes, secrets, now, senders.Tolerance))
        {
            return (null, InboundWebhookAnswers.Unsigned());
        }

        try
        {
            return (new UTF8Encoding(false, true).GetString(bytes), null);
        }
        catch (DecoderFallbackException)
        {
            return (null, InboundWebhookAnswers.Malformed("The body is not UTF-8 text."));
        }
    }

    private static async Task<byte[]?> ReadBodyAsync(HttpRequest request, CancellationToken ct)
    {
        if (request.ContentLength > MaxBodyBytes)
        {
            return null;
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, ct)) > 0)
        {
            if (buffer.Length + read > MaxBodyBytes)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }
}
