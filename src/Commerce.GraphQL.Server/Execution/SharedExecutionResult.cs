using System.Text;
using GraphQL;

namespace Commerce.GraphQL.Server.Execution;

/// <summary>
/// An event's result that several subscriptions share (see <see cref="ISharedSubscriptionEvent"/>): the transports
/// serialize it once, whichever subscriber gets to it first, and send the same UTF-8 bytes to all of them.
/// </summary>
public sealed class SharedExecutionResult(ExecutionResult result) : ExecutionResult(result)
{
    private byte[]? _utf8;

    /// <summary>The result as JSON in UTF-8, serialized on first use.</summary>
    public ReadOnlyMemory<byte> Utf8Json(IGraphQLTextSerializer serializer)
    {
        // Two subscribers may race to serialize; both produce the same bytes and either may win.
        return Volatile.Read(ref _utf8) ?? Interlocked.CompareExchange(ref _utf8, Encoding.UTF8.GetBytes(serializer.Serialize<ExecutionResult>(this)), null) ?? _utf8!;
    }
}
