using Commerce.Api.Features.Common;
using GraphQL.Types;

namespace Commerce.Api.Features.Quotes;

/// <summary>What a buyer (or staff for a customer) sends to ask for a quote.</summary>
public sealed record RequestQuoteInput
{
    public IReadOnlyList<RequestQuoteLineInput> Lines { get; init; } = [];

    /// <summary>Staff only: the buyer's Customer id. A signed-in customer always requests for themselves.</summary>
    public string? CustomerId { get; init; }

    public string? VendorId { get; init; }
    public DateOnly? RequestedDeliveryDate { get; init; }
    public AddressInput? ShippingAddress { get; init; }
    public AddressInput? BillingAddress { get; init; }
    public string? Note { get; init; }
    public string? IdempotencyKey { get; init; }
}

/// <summary>One requested line: a variant, how many, and what else the buyer needs.</summary>
public sealed record RequestQuoteLineInput
{
    public required string VariantId { get; init; }
    public int Quantity { get; init; }
    public string? Requirements { get; init; }
}

/// <summary>GraphQL shape of <see cref="RequestQuoteInput"/>.</summary>
public sealed class RequestQuoteInputType : InputObjectGraphType<RequestQuoteInput>
{
    public RequestQuoteInputType()
    {
        Name = "RequestQuoteInput";
        Description = "A request for quote: the lines wanted, when and where. The seller answers with offerQuote.";
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<RequestQuoteLineInputType>>>>("lines").Description("The lines to price, each variant once.");
        Field<IdGraphType>("customerId").Description("Staff (write:quotes) only: the buyer's Customer ID. A signed-in customer requests for themselves.");
        Field<IdGraphType>("vendorId").Description("The Vendor ID to ask; every line must be that vendor's. Left out, the marketplace's staff answer.");
        Field<DateOnlyGraphType>("requestedDeliveryDate").Description("The day delivery is wanted by, e.g. \"2026-03-31\"; not in the past.");
        Field<AddressInputType>("shippingAddress").Description("Where the goods should go; an accepted quote's order ships here.");
        Field<AddressInputType>("billingAddress").Description("Who is invoiced; the shipping address when left out.");
        Field<StringGraphType>("note").Description("A message for the seller.");
        Field<StringGraphType>("idempotencyKey").Description("Client-chosen key: a retry returns the first result and creates no second quote.");
    }
}

/// <summary>GraphQL shape of <see cref="RequestQuoteLineInput"/>.</summary>
public sealed class RequestQuoteLineInputType : InputObjectGraphType<RequestQuoteLineInput>
{
    public RequestQuoteLineInputType()
    {
        Name = "RequestQuoteLineInput";
        Description = "One line of a quote request.";
        Field<NonNullGraphType<IdGraphType>>("variantId").Description("The ProductVariant ID wanted.");
        Field<NonNullGraphType<IntGraphType>>("quantity").Description($"Units wanted, 1 to {RequestQuoteHandler.MaxQuantityPerLine}.");
        Field<StringGraphType>("requirements").Description("Free-form requirements, e.g. packaging or branding.");
    }
}
