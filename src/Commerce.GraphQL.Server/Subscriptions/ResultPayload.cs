using System.Text;
using Commerce.GraphQL.Server.Execution;
using GraphQL;

namespace Commerce.GraphQL.Server.Subscriptions;

/// <summary>An event's result as UTF-8 JSON: serialized once when subscriptions share it, else for this subscriber.</summary>
internal static class ResultPayload
{
    public static ReadOnlyMemory<byte> Utf8(ExecutionResult result, IGraphQLTextSerializer serializer) =>
        result is SharedExecutionResult shared ? shared.Utf8Json(serializer) : Encoding.UTF8.GetBytes(serializer.Serialize(result));
}
