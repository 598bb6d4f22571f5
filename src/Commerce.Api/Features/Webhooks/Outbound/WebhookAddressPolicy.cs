using System.Net;
using System.Net.Sockets;

namespace Commerce.Api.Features.Webhooks.Outbound;

/// <summary>
/// Which URLs and addresses webhooks may be sent to, against server-side request forgery: only http(s), and no
/// loopback, private, link-local, carrier-grade NAT, multicast or reserved address unless
/// <see cref="OutboundWebhookOptions.AllowPrivateAddresses"/> is set. URLs are checked when an endpoint is saved;
/// resolved addresses again on every connection (<see cref="GuardedConnection"/>), so DNS rebinding cannot slip through.
/// </summary>
public static class WebhookAddressPolicy
{
    private static readonly IPNetwork[] Forbidden =
    [
        IPNetwork.Parse("0.0.0.0/8"), IPNetwork.Parse("10.0.0.0/8"), IPNetwork.Parse("100.64.0.0/10"),
        IPNetwork.Parse("127.0.0.0/8"), IPNetwork.Parse("169.254.0.0/16"), IPNetwork.Parse("172.16.0.0/12"),
        IPNetwork.Parse("192.0.0.0/24"), IPNetwork.Parse("192.168.0.0/16"), IPNetwork.Parse("198.18.0.0/15"),
        IPNetwork.Parse("224.0.0.0/3"),
        IPNetwork.Parse("::/128"), IPNetwork.Parse("::1/128"), IPNetwork.Parse("fc00::/7"), IPNetwork.Parse("fe80::/10"),
        IPNetwork.Parse("fec0::/10"), IPNetwork.Parse("ff00::/8"),
    ];

    public static bool IsForbidden(IPAddress address)
    {
        var ip = address.IsIPv4MappedToIPv6 ? address.MapToIPv4() : address;
        return Forbidden.Any(n => n.BaseAddress.AddressFamily == ip.AddressFamily && n.Contains(ip));
    }

    /// <summary>Why <paramref name="url"/> cannot be an endpoint, or null when it can.</summary>
    public static string? Refusal(string url, bool allowPrivate)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
        {
            return "Give an absolute http:// or https:// URL.";
        }

        if (uri.UserInfo.Length > 0 || uri.Fragment.Length > 0)
        {
            return "The URL may not contain credentials or a fragment.";
        }

        if (allowPrivate)
        {
            return null;
        }

        var host = uri.IdnHost.TrimEnd('.');
        var isLocalName = host.Equals("localhost", StringComparison.OrdinalIgnoreCase)
            || host.EndsWith(".localhost", StringComparison.OrdinalIgnoreCase)
            || (!host.Contains('.', StringComparison.Ordinal) && uri.HostNameType == UriHostNameType.Dns);
        var isPrivateAddress = IPAddress.TryParse(uri.Host.Trim('[', ']'), out var ip) && IsForbidden(ip);
        return isLocalName || isPrivateAddress
            ? "The URL points at a loopback, private or local address; webhooks are only sent to public hosts."
            : null;
    }

    /// <summary>True for the address families a connection may use at all.</summary>
    public static bool IsInternet(IPAddress address) =>
        address.AddressFamily is AddressFamily.InterNetwork or AddressFamily.InterNetworkV6;
}
