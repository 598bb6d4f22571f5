using Commerce.Api.Auth;
using Commerce.Api.Graph;
using Commerce.Domain.Quotes;
using Commerce.GraphQL.Server.DataLoader;
using GraphQL;
using GraphQL.DataLoader;

namespace Commerce.Api.Features.Quotes;

/// <summary>Who may see a quote and its lines and revisions: staff with <c>read:quotes</c>, its buyer, its vendor.</summary>
public static class QuoteVisibility
{
    public static bool CanSee(Caller caller, Quote quote) =>
        caller.Has(Scopes.ReadQuotes)
        || (caller.CustomerId is { } customerId && quote.CustomerId == customerId)
        || (caller.VendorId is { } vendorId && quote.VendorId == vendorId);

    /// <summary>For rows that belong to a quote: visible when the quote is.</summary>
    public static IDataLoaderResult<bool> CanSeeQuote(IResolveFieldContext context, Caller caller, int quoteId)
    {
        if (caller.Has(Scopes.ReadQuotes))
        {
            return DataLoaderResults.FromValue(true);
        }

        return caller.CustomerId is null && caller.VendorId is null
            ? DataLoaderResults.FromValue(false)
            : context.LoadById<Quote>(quoteId).Then(quote => quote is not null && CanSee(caller, quote));
    }

    public static IDataLoaderResult<bool> CanSeeRevisionLine(IResolveFieldContext context, Caller caller, QuoteRevisionLine line) =>
        caller.Has(Scopes.ReadQuotes)
            ? DataLoaderResults.FromValue(true)
            : context.LoadById<QuoteRevision>(line.QuoteRevisionId)
                .Then(revision => revision is null ? DataLoaderResults.FromValue(false) : CanSeeQuote(context, caller, revision.QuoteId));
}
