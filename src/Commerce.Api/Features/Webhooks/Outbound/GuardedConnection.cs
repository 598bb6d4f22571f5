using System.Net;
using System.Net.Sockets;

namespace Commerce.Api.Features.Webhooks.Outbound;

/// <summary>
/// The webhook client's connect step: resolves the host itself and connects only to the addresses it checked, so
/// the address that was vetted is the address used (no second lookup for a rebinding DNS server to answer differently).
/// </summary>
public sealed class GuardedConnection(bool allowPrivate)
{
    public async ValueTask<Stream> ConnectAsync(SocketsHttpConnectionContext context, CancellationToken cancellationToken)
    {
        var host = context.DnsEndPoint.Host.Trim('[', ']');
        var addresses = IPAddress.TryParse(host, out var literal)
            ? [literal]
            : await Dns.GetHostAddressesAsync(host, cancellationToken);
        addresses = addresses.Where(WebhookAddressPolicy.IsInternet).ToArray();
        if (!allowPrivate && addresses.FirstOrDefault(WebhookAddressPolicy.IsForbidden) is { } refused)
        {
            throw new WebhookAddressRefusedException($"{host} resolves to {refused}, a loopback or private address; not sent.");
        }

        var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        try
        {
            await socket.ConnectAsync(addresses, context.DnsEndPoint.Port, cancellationToken);
            return new NetworkStream(socket, ownsSocket: true);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }
}

/// <summary>The host resolved to an address webhooks may not be sent to.</summary>
public sealed class WebhookAddressRefusedException(string message) : Exception(message);
