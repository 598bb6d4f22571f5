using Commerce.Api.Features.Webhooks;

namespace Commerce.Api.Tests.Features.Webhooks.Outbound;

public sealed class WebhookSignatureTests
{
    private static readonly DateTimeOffset Now = DateTimeOffset.FromUnixTimeSeconds(1_700_000_000);
    private static readonly TimeSpan Tolerance = TimeSpan.FromMinutes(5);

    [Fact]
    public void Sign_ProducesTimestampAndHexHmac_OfTimestampDotBody()
    {
        // HMAC-SHA256("secret", "1700000000.{}"), computed independently with openssl.
        Assert.Equal("t=1700000000,v1=" + Expected, WebhookSignature.Sign("secret", Now, "{}"));
    }

    [Fact]
    public void Verify_Accepts_WhenAnySignatureMatchesAnySecret()
    {
        var header = WebhookSignature.Sign(["new", "old"], Now, "{\"a\":1}");

        Assert.True(WebhookSignature.Verify(header, "{\"a\":1}", ["old"], Now.AddMinutes(4), Tolerance));
        Assert.True(WebhookSignature.Verify(header, "{\"a\":1}", ["other", "new"], Now.AddMinutes(-4), Tolerance));
    }

    [Theory]
    [InlineData("{\"a\":2}", 0, "s")]     // tampered body
    [InlineData("{\"a\":1}", 6, "s")]     // stale
    [InlineData("{\"a\":1}", -6, "s")]    // from the future
    [InlineData("{\"a\":1}", 0, "x")]     // wrong secret
    public void Verify_Refuses_WhenBodyTimeOrSecretDiffer(string body, int minutesLater, string secret)
    {
        var header = WebhookSignature.Sign("s", Now, "{\"a\":1}");

        Assert.False(WebhookSignature.Verify(header, body, [secret], Now.AddMinutes(minutesLater), Tolerance));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("v1=abc")]
    [InlineData("t=1700000000")]
    [InlineData("t=soon,v1=" + Expected)]
    public void Verify_Refuses_WhenHeaderIsMalformed(string? header) =>
        Assert.False(WebhookSignature.Verify(header, "{}", ["secret"], Now, Tolerance));

    private const string Expected = "b8569b78799ff9e3cbff0fc2d63a33a2b57f3282abd07c37ae5e8e7d79a5f163";
}
