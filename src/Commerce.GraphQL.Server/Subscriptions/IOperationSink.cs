using GraphQL;

namespace Commerce.GraphQL.Server.Subscriptions;

/// <summary>Where one operation's results go; each transport writes them in its own message format.</summary>
internal interface IOperationSink
{
    /// <summary>An execution result: the one result of a query or mutation, or one event of a subscription.</summary>
    void Next(ExecutionResult result);

    /// <summary>The operation was refused before it ran (parse, validation, authorization, limits).</summary>
    void Error(ExecutionResult result);

    /// <summary>A subscription's source stream is subscribed; events follow.</summary>
    void Subscribed();

    /// <summary>The operation ended on the server's side (the last result was sent, or the source stream ended).</summary>
    void Complete();
}
