using GraphQL.Validation;

namespace Commerce.GraphQL.Server.Tests.TestSupport;

/// <summary>A validation rule that only counts how often full validation runs.</summary>
public sealed class ValidationCounter : ValidationRuleBase
{
    private int _runs;

    public int Runs => Volatile.Read(ref _runs);

    public override ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context)
    {
        Interlocked.Increment(ref _runs);
        return default;
    }
}
