namespace Commerce.GraphQL.Server.Subscriptions;

/// <summary>The close codes the WebSocket transports use (graphql-transport-ws's own, plus the RFC 6455 ones we send).</summary>
public static class WebSocketCloseCodes
{
    public const int Normal = 1000;
    public const int MessageTooBig = 1009;
    public const int InternalError = 1011;

    /// <summary>RFC 6455 "Try Again Later": the client read too slowly and its send queue filled up.</summary>
    public const int SlowConsumer = 1013;

    public const int BadRequest = 4400;
    public const int Unauthorized = 4401;
    public const int Forbidden = 4403;
    public const int ConnectionInitTimeout = 4408;
    public const int SubscriberAlreadyExists = 4409;
    public const int TooManyInitialisationRequests = 4429;
}
