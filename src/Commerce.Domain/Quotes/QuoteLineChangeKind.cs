namespace Commerce.Domain.Quotes;

/// <summary>How one variant's terms changed between two revisions of a quote.</summary>
public enum QuoteLineChangeKind
{
    Added = 0,
    Removed = 1,
    Changed = 2,
    Unchanged = 3,
}
