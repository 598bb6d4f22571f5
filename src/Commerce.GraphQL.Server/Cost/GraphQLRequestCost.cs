namespace Commerce.GraphQL.Server.Cost;

/// <summary>
/// The cost of one request, for the host's request logs: <c>HttpContext.Features.Get&lt;GraphQLRequestCost&gt;()</c>
/// once the GraphQL endpoint has run (also in <c>ExecutionOptions.UserContext[UserContextKey]</c>).
/// The same numbers are sent to the client in <c>extensions.cost</c>.
/// </summary>
public sealed class GraphQLRequestCost(string? operationName, string callerKey)
{
    public const string UserContextKey = "Commerce.GraphQL.Server.RequestCost";

    /// <summary>The operation that ran: the request's <c>operationName</c>, else the name in the document (null for anonymous operations).</summary>
    public string? OperationName { get; internal set; } = operationName;

    /// <summary>The throttling bucket the request drew from.</summary>
    public string CallerKey { get; } = callerKey;

    /// <summary>Cost computed before execution; null when the document never got that far (syntax error, refusal).</summary>
    public int? RequestedQueryCost { get; internal set; }

    /// <summary>Cost of what was actually returned; null when nothing executed.</summary>
    public int? ActualQueryCost { get; internal set; }

    /// <summary>The bucket after the request.</summary>
    public ThrottleStatus ThrottleStatus { get; internal set; }

    /// <summary>True when the request was refused for lack of budget (<c>THROTTLED</c>, HTTP 429).</summary>
    public bool Throttled { get; internal set; }

    /// <summary>Points taken from the bucket before execution, to settle against the actual cost afterwards.</summary>
    internal int Charged { get; set; }
}
