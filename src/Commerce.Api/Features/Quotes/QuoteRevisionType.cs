using Commerce.Api.Auth;
using Commerce.Api.Features.Common;
using Commerce.Api.Features.Common.Loading;
using Commerce.Api.Graph;
using Commerce.Domain.Quotes;
using Commerce.GraphQL.Server.Authorization;
using Commerce.GraphQL.Server.Relay;
using GraphQL.Types;

namespace Commerce.Api.Features.Quotes;

/// <summary>The graph's view of a <see cref="QuoteRevision"/>: one offer or counter-offer.</summary>
public sealed class QuoteRevisionType : ObjectGraphType<QuoteRevision>
{
    public const string TypeName = "QuoteRevision";

    public QuoteRevisionType()
    {
        Name = TypeName;
        Description = "One offer or counter-offer of a quote, kept forever. Revisions are numbered from 1 within their quote.";
        this.ImplementsNode(TypeName, r => r.Id);
        this.RequireScopes(Scopes.ReadQuotes, Scopes.Customer, Scopes.Vendor);
        Field(r => r.Number).Description("The revision's number within its quote, from 1.");
        Field<NonNullGraphType<QuotePartyType>>("author").Description("Which side wrote the revision.").Resolve(ctx => ctx.Source.Author);
        Field(r => r.AuthorName).Description("Who wrote it: a staff member's, vendor user's or buyer's name or email.");
        Field(r => r.PaymentTerms, nullable: true).Description("Payment terms offered, e.g. \"Net 30\".");
        Field(r => r.LeadTimeDays, nullable: true).Description("Days from acceptance to dispatch, if the seller committed to any.");
        Field(r => r.VolumeDiscountBasisPoints).Description("Volume discount off every line in basis points (500 = 5%); each line's discount is round-half-up(quantity × unit price × rate / 10000).");
        Field(r => r.ValidUntil, nullable: true).Description("When this offer lapses (UTC).");
        Field(r => r.Note, nullable: true).Description("The author's message.");
        Field<NonNullGraphType<MoneyType>>("total").Description("The revision's total as stored: the sum of its lines' totals less the volume discount.")
            .Resolve(ctx => ctx.Source.Total);
        Field(r => r.CreatedAt).Description("When the revision was written (UTC).");
        Field<NonNullGraphType<QuoteType>>("quote").Description("The quote negotiated.").Resolve(ctx => ctx.LoadById<Quote>(ctx.Source.QuoteId));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<QuoteRevisionLineType>>>>("lines")
            .Description("The revision's terms, line by line.")
            .Resolve(ctx =>
            {
                // The lines read their currency from this revision, which is in hand: no second fetch.
                ctx.Loader<EntityByIdLoader<QuoteRevision>>().Prime(ctx.Source.Id, ctx.Source);
                return ctx.Loader<QuoteRevisionLinesByRevisionIdLoader>().LoadAsync(ctx.Source.Id);
            });
    }
}
