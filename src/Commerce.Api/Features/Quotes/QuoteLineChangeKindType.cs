using Commerce.Domain.Quotes;
using GraphQL.Types;

namespace Commerce.Api.Features.Quotes;

/// <summary>Exposes <see cref="QuoteLineChangeKind"/> as <c>QuoteLineChangeKind { ADDED REMOVED CHANGED UNCHANGED }</c>.</summary>
public sealed class QuoteLineChangeKindType : EnumerationGraphType<QuoteLineChangeKind>
{
    public QuoteLineChangeKindType()
    {
        Name = "QuoteLineChangeKind";
        Description = "How a variant's terms changed between two revisions: newly quoted (ADDED), no longer quoted (REMOVED), different quantity or unit price (CHANGED), or the same (UNCHANGED).";
    }
}
