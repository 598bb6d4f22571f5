using System.Net;
using Commerce.Api.Features.Webhooks.Outbound;

namespace Commerce.Api.Tests.Features.Webhooks.Outbound;

public sealed class WebhookAddressPolicyTests
{
    [Theory]
    [InlineData("127.0.0.1")]
    [InlineData("127.8.9.10")]
    [InlineData("10.20.30.40")]
    [InlineData("172.16.0.1")]
    [InlineData("172.31.255.254")]
    [InlineData("192.168.0.1")]
    [InlineData("169.254.169.254")]
    [InlineData("100.64.0.1")]
    [InlineData("0.0.0.0")]
    [InlineData("::1")]
    [InlineData("::")]
    [InlineData("fd00::1")]
    [InlineData("fe80::1")]
    [InlineData("::ffff:127.0.0.1")]
    [InlineData("::ffff:10.0.0.1")]
    public void IsForbidden_ReturnsTrue_ForLoopbackPrivateAndLinkLocal(string address) =>
        Assert.True(WebhookAddressPolicy.IsForbidden(IPAddress.Parse(address)));

    [Theory]
    [InlineData("93.184.216.34")]
    [InlineData("172.32.0.1")]
    [InlineData("8.8.8.8")]
    [InlineData("2606:2800:220:1:248:1893:25c8:1946")]
    public void IsForbidden_ReturnsFalse_ForPublicAddresses(string address) =>
        Assert.False(WebhookAddressPolicy.IsForbidden(IPAddress.Parse(address)));

    [Theory]
    [InlineData("https://hooks.example.com/in", false, true)]
    [InlineData("http://hooks.example.com:8080/in?x=1", false, true)]
    [InlineData("http://127.0.0.1:5000/in", true, true)]
    [InlineData("http://127.0.0.1:5000/in", false, false)]
    [InlineData("http://intranet/in", false, false)]
    [InlineData("https://user:pass@hooks.example.com/in", true, false)]
    [InlineData("ftp://hooks.example.com/in", true, false)]
    public void Refusal_IsNull_OnlyForAcceptableUrls(string url, bool allowPrivate, bool acceptable) =>
        Assert.Equal(acceptable, WebhookAddressPolicy.Refusal(url, allowPrivate) is null);
}
