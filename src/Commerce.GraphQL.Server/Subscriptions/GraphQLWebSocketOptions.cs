namespace Commerce.GraphQL.Server.Subscriptions;

/// <summary>
/// Options of the subscription transports (WebSocket and SSE) at the GraphQL endpoint; bind them from
/// <c>GraphQL:WebSockets</c> with <c>services.Configure&lt;GraphQLWebSocketOptions&gt;(section)</c>.
/// </summary>
public sealed class GraphQLWebSocketOptions
{
    /// <summary>How long a new socket may wait before its <c>connection_init</c>; then it is closed with 4408. Default 10 s.</summary>
    public TimeSpan ConnectionInitTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>
    /// How often the server sends a keep-alive after the connection is acknowledged (<c>ping</c> on graphql-transport-ws,
    /// <c>ka</c> on graphql-ws, a comment line on SSE). Zero turns it off. Default 15 s.
    /// </summary>
    public TimeSpan KeepAliveInterval { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>
    /// Messages waiting to be written to one socket (or SSE response). When the client reads too slowly and the queue
    /// is full, the connection is closed with 1013 ("slow consumer") instead of buffering without bound. Default 256.
    /// </summary>
    public int SendQueueCapacity { get; set; } = 256;

    /// <summary>Largest message accepted from a client; larger ones close the socket with 1009. Default 64 KiB.</summary>
    public int MaxMessageBytes { get; set; } = 64 * 1024;

    /// <summary>How long the server waits for the client's close frame (or a blocked send) before aborting. Default 5 s.</summary>
    public TimeSpan CloseTimeout { get; set; } = TimeSpan.FromSeconds(5);
}
