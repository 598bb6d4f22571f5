using Commerce.Api.Features.Common;
using GraphQL.Types;

namespace Commerce.Api.Features.Quotes;

/// <summary>The input of acceptQuote.</summary>
public sealed record AcceptQuoteInput
{
    public string QuoteId { get; init; } = "";
    public int? ExpectedRevision { get; init; }
    public string? ShippingMethod { get; init; }
    public AddressInput? ShippingAddress { get; init; }
    public AddressInput? BillingAddress { get; init; }
    public string? IdempotencyKey { get; init; }
}

/// <summary>GraphQL shape of <see cref="AcceptQuoteInput"/>.</summary>
public sealed class AcceptQuoteInputType : InputObjectGraphType<AcceptQuoteInput>
{
    public AcceptQuoteInputType()
    {
        Name = "AcceptQuoteInput";
        Description = "Accepts the offer on the table; the quote becomes an order at the offer's prices.";
        Field<NonNullGraphType<IdGraphType>>("quoteId").Description("The quote's ID.");
        Field<IntGraphType>("expectedRevision")
            .Description("The revision number the buyer read; if a newer revision exists the acceptance is refused with VERSION_CONFLICT.");
        Field<NonNullGraphType<StringGraphType>>("shippingMethod").Description("A shipping method offered for the destination, e.g. \"Standard\".");
        Field<AddressInputType>("shippingAddress").Description("Where to ship; left out, the quote's shipping address (one of the two is required).");
        Field<AddressInputType>("billingAddress").Description("Who is invoiced; left out, the quote's billing address, else the shipping address.");
        Field<StringGraphType>("idempotencyKey").Description("Client-chosen key: a retry returns the first result and places no second order.");
    }
}
