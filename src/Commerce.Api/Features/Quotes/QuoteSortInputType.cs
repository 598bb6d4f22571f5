using Commerce.Domain.Quotes;
using Commerce.GraphQL.Server.Filtering;

namespace Commerce.Api.Features.Quotes;

/// <summary>The keys quotes can be sorted by.</summary>
public sealed class QuoteSortInputType : SortInputType<Quote>
{
    public QuoteSortInputType()
        : base("QuoteSortInput", "Sort keys of quotes. Set exactly one field per list item.")
    {
        Allow("createdAt", q => q.CreatedAt, "By request time.");
        Allow("validUntil", q => q.ValidUntil, "By offer expiry; quotes without an offer sort first ascending.");
        Allow("number", q => q.Number, "By quote number (as text).");
        TieBreaker("id", q => q.Id, "By id; always appended as the last key so the order is total.");
    }
}
