using Commerce.Api.Auth;
using Commerce.Api.Features.Common.Mutations;
using Commerce.Domain.Quotes;
using Commerce.GraphQL.Server.Authorization;
using GraphQL.Types;

namespace Commerce.Api.Features.Quotes;

/// <summary>Root mutations of the quote negotiation: requestQuote, offerQuote, counterQuote, acceptQuote, rejectQuote, withdrawQuote.</summary>
public static class QuoteMutations
{
    public static void AddTo(ObjectGraphType mutation)
    {
        mutation.MutationField<RequestQuoteInputType, RequestQuotePayloadType, RequestQuoteInput, QuotePayload>("requestQuote",
            "Asks for a quote (status REQUESTED). A signed-in customer asks for themselves; staff (write:quotes) name the customer.",
            (ctx, input) => QuotePayload.Of(RequestQuoteHandler.HandleAsync(ctx, input)))
            .RequireScopes(Scopes.WriteQuotes, Scopes.Customer);
        mutation.MutationField<OfferQuoteInputType, OfferQuotePayloadType, ReviseQuoteInput, QuotePayload>("offerQuote",
            "The seller prices a REQUESTED or COUNTER_OFFERED quote; the offer becomes the next revision (status OFFERED). Staff (write:quotes) or a user of the vendor the quote is addressed to.",
            (ctx, input) => QuotePayload.Of(ReviseQuoteHandler.HandleAsync(ctx, input, QuoteParty.Seller)))
            .RequireScopes(Scopes.WriteQuotes, Scopes.Vendor);
        mutation.MutationField<CounterQuoteInputType, CounterQuotePayloadType, ReviseQuoteInput, QuotePayload>("counterQuote",
            "The buyer answers an OFFERED quote with other quantities or prices; the counter-offer becomes the next revision (status COUNTER_OFFERED).",
            (ctx, input) => QuotePayload.Of(ReviseQuoteHandler.HandleAsync(ctx, input, QuoteParty.Buyer)))
            .RequireScopes(Scopes.WriteQuotes, Scopes.Customer);
        mutation.MutationField<AcceptQuoteInputType, AcceptQuotePayloadType, AcceptQuoteInput, QuotePayload>("acceptQuote",
            "The buyer accepts the offer on the table (an OFFERED quote, not expired): it becomes an order at the offer's prices, placed like placeOrder (stock reserved, shipping and tax added), in one transaction.",
            (ctx, input) => QuotePayload.Of(AcceptQuoteHandler.HandleAsync(ctx, input)))
            .RequireScopes(Scopes.WriteQuotes, Scopes.Customer);
        mutation.MutationField<RejectQuoteInputType, RejectQuotePayloadType, CloseQuoteInput, QuotePayload>("rejectQuote",
            "Declines the quote for good (status REJECTED): the buyer rejects an offer, the seller a request or a counter-offer.",
            (ctx, input) => QuotePayload.Of(CloseQuoteHandler.HandleAsync(ctx, input, QuoteAction.Reject)))
            .RequireScopes(Scopes.WriteQuotes, Scopes.Customer, Scopes.Vendor);
        mutation.MutationField<WithdrawQuoteInputType, WithdrawQuotePayloadType, CloseQuoteInput, QuotePayload>("withdrawQuote",
            "The buyer calls an open quote off (status WITHDRAWN).",
            (ctx, input) => QuotePayload.Of(CloseQuoteHandler.HandleAsync(ctx, input, QuoteAction.Withdraw)))
            .RequireScopes(Scopes.WriteQuotes, Scopes.Customer);
    }
}
