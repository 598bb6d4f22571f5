using Commerce.Api.Features.Common.Mutations;
using Commerce.Api.Features.Orders;
using Commerce.Api.Graph;
using Commerce.Domain.Orders;
using Commerce.Domain.Quotes;

namespace Commerce.Api.Features.Quotes;

/// <summary>The payload of every quote mutation: the quote (and the order an accepted one became), read after commit.</summary>
public sealed class QuotePayload : MutationPayload
{
    public QuotePayload(MutationOutcome outcome)
    {
        QuoteId = outcome.EntityId;
        OrderId = outcome.CreatedId;
        UserErrors = outcome.Errors;
    }

    public int? QuoteId { get; }

    public int? OrderId { get; }

    public static async Task<QuotePayload> Of(Task<MutationOutcome> outcome) => new(await outcome);
}

/// <summary>A quote mutation's payload type: <c>XQuotePayload { quote, userErrors }</c>.</summary>
public abstract class QuotePayloadGraphType : PayloadGraphType<QuotePayload>
{
    protected QuotePayloadGraphType(string mutation)
        : base(char.ToUpperInvariant(mutation[0]) + mutation[1..] + "Payload", $"The result of `{mutation}`.")
    {
        Field<QuoteType>("quote").Description("The quote as it stands now (also after a refusal about a quote the caller may see); null when refused before.")
            .Resolve(ctx => ctx.LoadById<Quote>(ctx.Source.QuoteId));
    }
}

public sealed class RequestQuotePayloadType() : QuotePayloadGraphType("requestQuote");

public sealed class OfferQuotePayloadType() : QuotePayloadGraphType("offerQuote");

public sealed class CounterQuotePayloadType() : QuotePayloadGraphType("counterQuote");

public sealed class RejectQuotePayloadType() : QuotePayloadGraphType("rejectQuote");

public sealed class WithdrawQuotePayloadType() : QuotePayloadGraphType("withdrawQuote");

/// <summary>acceptQuote's payload also carries the order placed.</summary>
public sealed class AcceptQuotePayloadType : QuotePayloadGraphType
{
    public AcceptQuotePayloadType()
        : base("acceptQuote")
    {
        Field<OrderType>("order").Description("The order the quote became, at the accepted offer's prices; null when refused.")
            .Resolve(ctx => ctx.LoadById<Order>(ctx.Source.OrderId));
    }
}
