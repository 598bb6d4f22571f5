using Commerce.Api.Features.Common;
using GraphQL.Types;

namespace Commerce.Api.Features.Quotes;

/// <summary>The input of offerQuote and counterQuote: the terms of the next revision.</summary>
public sealed record ReviseQuoteInput
{
    public string QuoteId { get; init; } = "";
    public IReadOnlyList<QuoteTermsLineInput> Lines { get; init; } = [];
    public int VolumeDiscountBasisPoints { get; init; }
    public string? PaymentTerms { get; init; }
    public int? LeadTimeDays { get; init; }
    public DateTime? ValidUntil { get; init; }
    public string? Note { get; init; }
}

/// <summary>One line of a revision: a requested variant, its quantity and unit price.</summary>
public sealed record QuoteTermsLineInput
{
    public string VariantId { get; init; } = "";
    public int? Quantity { get; init; }
    public MoneyInput? UnitPrice { get; init; }
    public int? MinimumQuantity { get; init; }
}

/// <summary>GraphQL shape of offerQuote's input.</summary>
public sealed class OfferQuoteInputType : InputObjectGraphType<ReviseQuoteInput>
{
    public OfferQuoteInputType()
    {
        Name = "OfferQuoteInput";
        Description = "The seller's offer on a REQUESTED or COUNTER_OFFERED quote; it becomes the next revision.";
        ReviseQuoteFields.Add(this);
        Field<NonNullGraphType<IntGraphType>>("volumeDiscountBasisPoints").DefaultValue(0)
            .Description("A volume discount off every line, in basis points from 0 to 10000 (500 = 5%); the order keeps it as each line's discount.");
        Field<IntGraphType>("leadTimeDays").Description("Days from acceptance to dispatch, 0 or more.");
        Field<NonNullGraphType<DateTimeGraphType>>("validUntil").Description("When the offer lapses (UTC), in the future; after it the quote expires.");
    }
}

/// <summary>GraphQL shape of counterQuote's input.</summary>
public sealed class CounterQuoteInputType : InputObjectGraphType<ReviseQuoteInput>
{
    public CounterQuoteInputType()
    {
        Name = "CounterQuoteInput";
        Description = "The buyer's counter-offer on an OFFERED quote: proposed quantities and prices; it becomes the next revision.";
        ReviseQuoteFields.Add(this);
        Field<DateTimeGraphType>("validUntil").Description("When the counter-offer lapses (UTC), in the future; left out, it stands until the seller answers.");
    }
}

/// <summary>The fields offers and counter-offers share.</summary>
internal static class ReviseQuoteFields
{
    public static void Add(InputObjectGraphType<ReviseQuoteInput> type)
    {
        type.Field<NonNullGraphType<IdGraphType>>("quoteId").Description("The quote's ID.");
        type.Field<NonNullGraphType<ListGraphType<NonNullGraphType<QuoteTermsLineInputType>>>>("lines")
            .Description("The terms per requested variant, each variant once. Variants left out are not quoted in this revision.");
        type.Field<StringGraphType>("paymentTerms").Description("Payment terms, e.g. \"Net 30\".");
        type.Field<StringGraphType>("note").Description("A message for the other side.");
    }
}

/// <summary>GraphQL shape of <see cref="QuoteTermsLineInput"/>.</summary>
public sealed class QuoteTermsLineInputType : InputObjectGraphType<QuoteTermsLineInput>
{
    public QuoteTermsLineInputType()
    {
        Name = "QuoteTermsLineInput";
        Description = "The terms for one requested variant in an offer or counter-offer.";
        Field<NonNullGraphType<IdGraphType>>("variantId").Description("The ProductVariant ID; one of the quote's requested variants.");
        Field<IntGraphType>("quantity").Description("Units; left out, the latest revision's quantity (or the requested one).");
        Field<MoneyInputType>("unitPrice").Description("The price of one unit in the quote's currency. Required in an offer; left out of a counter-offer, the offer's price stands.");
        Field<IntGraphType>("minimumQuantity").Description("Offers only: the smallest quantity the price holds for; a counter-offer may not go below it.");
    }
}
