using Commerce.Api.Features.Webhooks;

namespace Commerce.Api.Tests.Features.Webhooks.Inbound;

public sealed class WebhookSignatureTests
{
    private const string Body = """{"id":"evt_1","type":"payment.succeeded"}""";
    private static readonly DateTimeOffset Now = DateTimeOffset.FromUnixTimeSeconds(1_700_000_000);
    private static readonly TimeSpan Tolerance = TimeSpan.FromMinutes(5);

    [Fact]
    public void Sign_ProducesTimestampAndHexHmacOfTimestampDotBody()
    {
        // HMAC-SHA256("secret", "1700000000.{Body}") computed independently (Python hmac).
        var header = WebhookSignature.Sign("secret", Now, Body);

        Assert.Equal("t=1700000000,v1=" + Expected, header);
    }

    [Fact]
    public void Verify_Accepts_WhenSignatureMatchesWithinTolerance()
    {
        var header = WebhookSignature.Sign("secret", Now.AddMinutes(-4), Body);

        Assert.True(WebhookSignature.Verify(header, Body, ["secret"], Now, Tolerance));
    }

    [Theory]
    [InlineData(-6)]
    [InlineData(6)]
    public void Verify_Refuses_WhenTimestampIsOutsideTolerance(int minutes)
    {
        var header = WebhookSignature.Sign("secret", Now.AddMinutes(minutes), Body);

        Assert.False(WebhookSignature.Verify(header, Body, ["secret"], Now, Tolerance));
    }

    [Fact]
    public void Verify_Refuses_WhenBodyOrSecretDiffers()
    {
        var header = WebhookSignature.Sign("secret", Now, Body);

        Assert.False(WebhookSignature.Verify(header, Body.Replace("evt_1", "evt_2", StringComparison.Ordinal), ["secret"], Now, Tolerance));
        Assert.False(WebhookSignature.Verify(header, Body, ["other"], Now, Tolerance));
    }

    [Fact]
    public void Verify_Accepts_WhenAnyOfSeveralSignaturesMatchesAnyOfSeveralSecrets()
    {
        var signed = WebhookSignature.Sign("new", Now, Body);
        var header = $"t={Now.ToUnixTimeSeconds()},v1={new string('0', 64)},{signed.Split(',')[1]}";

        Assert.True(WebhookSignature.Verify(header, Body, ["old", "new"], Now, Tolerance));
        Assert.False(WebhookSignature.Verify(header, Body, ["old"], Now, Tolerance));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("v1=" + Expected)]
    [InlineData("t=1700000000")]
    [InlineData("t=abc,v1=" + Expected)]
    [InlineData("t=1700000000,t=1700000000,v1=" + Expected)]
    [InlineData("t=1700000000,v1=zz")]
    public void Verify_Refuses_WhenHeaderIsMalformed(string? header)
    {
        Assert.False(WebhookSignature.Verify(header, Body, ["secret"], Now, Tolerance));
    }

    private const string Expected = "b2df19a2582ba13a7db1cb4c50002cb461ac335bcbf7eab09b4cb74bbfa2187f";
}
