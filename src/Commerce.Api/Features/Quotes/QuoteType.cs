using Commerce.Api.Auth;
using Commerce.Api.Features.Common;
using Commerce.Api.Features.Customers;
using Commerce.Api.Features.Orders;
using Commerce.Api.Features.Vendors;
using Commerce.Api.Graph;
using Commerce.Domain.Customers;
using Commerce.Domain.Orders;
using Commerce.Domain.Quotes;
using Commerce.Domain.Vendors;
using Commerce.GraphQL.Server.Authorization;
using Commerce.GraphQL.Server.Relay;
using GraphQL.Types;

namespace Commerce.Api.Features.Quotes;

/// <summary>The graph's view of a <see cref="Quote"/>; its revisions and their diff are in <see cref="QuoteRevisionFields"/>.</summary>
public sealed class QuoteType : ObjectGraphType<Quote>
{
    public const string TypeName = "Quote";

    public QuoteType()
    {
        Name = TypeName;
        Description = "A B2B request for quote: the buyer asks prices for lines, seller and buyer exchange numbered revisions until the quote is accepted (and becomes an order), rejected, withdrawn or expires.";
        this.ImplementsNode(TypeName, q => q.Id);
        this.RequireScopes(Scopes.ReadQuotes, Scopes.Customer, Scopes.Vendor);
        Field(q => q.Number).Description("Human-facing unique quote number, e.g. \"Q-2042\".");
        Field<NonNullGraphType<QuoteStatusType>>("status").Description("Where the negotiation stands.").Resolve(ctx => ctx.Source.Status);
        Field<NonNullGraphType<CurrencyCodeGraphType>>("currencyCode").Description("The currency all revisions are priced in.")
            .Resolve(ctx => ctx.Source.Currency);
        Field<DateOnlyGraphType>("requestedDeliveryDate").Description("The calendar day the buyer wants delivery by (no time zone), e.g. \"2026-03-31\".")
            .Resolve(ctx => ctx.Source.RequestedDeliveryDate);
        Field(q => q.ValidUntil, nullable: true).Description("When the current offer lapses (UTC): the latest revision's validity.");
        Field<NonNullGraphType<BooleanGraphType>>("isExpired")
            .Description("True when the status is EXPIRED, or the quote is still open (REQUESTED, OFFERED, COUNTER_OFFERED) and `validUntil` has passed, even before its status is updated. Closed quotes (accepted, rejected, withdrawn) never count as expired.")
            .Resolve(ctx => ctx.Source.IsExpiredAt(ctx.RequestServices!.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime));
        Field(q => q.BuyerNote, nullable: true).Description("The buyer's message with the request.");
        Field<AddressType>("shippingAddress").Description("Where the goods should go, if given.").Resolve(ctx => ctx.Source.ShippingAddress);
        Field<AddressType>("billingAddress").Description("Who is invoiced, if given.").Resolve(ctx => ctx.Source.BillingAddress);
        Field(q => q.CreatedAt).Description("When the quote was requested (UTC).");
        Field(q => q.UpdatedAt).Description("When the quote last changed (UTC).");
        Field<NonNullGraphType<CustomerType>>("customer").Description("The buyer.").Resolve(ctx => ctx.LoadById<Customer>(ctx.Source.CustomerId));
        Field<VendorType>("vendor").Description("The seller asked, if the quote is addressed to one vendor.")
            .Resolve(ctx => ctx.LoadById<Vendor>(ctx.Source.VendorId));
        Field<OrderType>("order").Description("The order an accepted quote became; null otherwise.").Resolve(ctx => ctx.LoadById<Order>(ctx.Source.OrderId));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<QuoteLineType>>>>("lines").Description("What the buyer asked a price for, in line order.")
            .Resolve(ctx => ctx.Loader<QuoteLinesByQuoteIdLoader>().LoadAsync(ctx.Source.Id));
        QuoteRevisionFields.AddTo(this);
    }
}
