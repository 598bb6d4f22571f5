using Commerce.Domain.Quotes;
using Commerce.GraphQL.Server.Paging;
using GraphQL;
using GraphQL.Types;

namespace Commerce.Api.Features.Quotes;

/// <summary>
/// The one definition of a quote list (filter, sort, newest-first default) behind both the root <c>quotes</c> and
/// <c>Customer.quotes</c>.
/// </summary>
public static class QuoteConnection
{
    /// <summary>Newest first; the id breaks ties between quotes requested in the same instant.</summary>
    public static readonly Ordering<Quote> NewestFirst =
        Ordering<Quote>.By("createdAt", q => q.CreatedAt, descending: true).ThenBy("id", q => q.Id, descending: true);

    public static FieldType AddQuotes(this IObjectGraphType type, string description,
        Func<IResolveFieldContext, QueryScope, IQueryable<Quote>> query) =>
        type.Connection<QuoteType, Quote>("quotes", $"{description} Newest first unless `order` says otherwise.", NewestFirst)
            .Filter<QuoteFilterInputType>()
            .Sort<QuoteSortInputType>()
            .Resolve(query);
}
