using GraphQL;

namespace Commerce.GraphQL.Server.Errors;

/// <summary>
/// A known, client-facing error: its message and <see cref="ExecutionError.Code"/> always reach the client,
/// even when internal errors are masked. Throw it (or a subclass) from a resolver.
/// </summary>
public class GraphQLServerError : ExecutionError
{
    public GraphQLServerError(string message, string code)
        : base(message)
    {
        Code = code;
    }
}
