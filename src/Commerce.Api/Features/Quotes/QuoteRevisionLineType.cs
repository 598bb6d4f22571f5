using Commerce.Api.Auth;
using Commerce.Api.Features.Catalog;
using Commerce.Api.Features.Common;
using Commerce.Api.Graph;
using Commerce.Domain.Catalog;
using Commerce.Domain.Common;
using Commerce.Domain.Quotes;
using Commerce.GraphQL.Server.Authorization;
using Commerce.GraphQL.Server.DataLoader;
using Commerce.GraphQL.Server.Relay;
using GraphQL;
using GraphQL.DataLoader;
using GraphQL.Types;

namespace Commerce.Api.Features.Quotes;

/// <summary>The graph's view of a quote revision line, priced in its revision's currency.</summary>
public sealed class QuoteRevisionLineType : ObjectGraphType<QuoteRevisionLine>
{
    public const string TypeName = "QuoteRevisionLine";

    public QuoteRevisionLineType()
    {
        Name = TypeName;
        Description = "The terms one revision sets for one quoted variant.";
        this.ImplementsNode(TypeName, l => l.Id);
        this.RequireScopes(Scopes.ReadQuotes, Scopes.Customer, Scopes.Vendor);
        Field(l => l.Quantity).Description("Units offered at this price.");
        Field<NonNullGraphType<MoneyType>>("unitPrice").Description("The price of one unit.")
            .Resolve(ctx => InRevisionCurrency(ctx, ctx.Source.UnitPriceMinorUnits));
        Field(l => l.MinimumQuantity, nullable: true).Description("The smallest quantity the price holds for, if the seller set one.");
        Field<NonNullGraphType<MoneyType>>("lineTotal").Description("Quantity × unit price, before the revision's volume discount.")
            .Resolve(ctx => InRevisionCurrency(ctx, checked(ctx.Source.UnitPriceMinorUnits * ctx.Source.Quantity)));
        Field<NonNullGraphType<ProductVariantType>>("variant").Description("The variant quoted.")
            .Resolve(ctx => ctx.LoadById<ProductVariant>(ctx.Source.VariantId));
    }

    // Lines store amounts without a currency: it is the revision's, read through the batched loader (primed by
    // QuoteRevision.lines, so reaching lines through their revision costs no extra query).
    private static IDataLoaderResult<Money> InRevisionCurrency(IResolveFieldContext<QuoteRevisionLine> ctx, long minorUnits) =>
        ctx.LoadById<QuoteRevision>(ctx.Source.QuoteRevisionId).Then(revision => new Money(minorUnits, revision!.Currency));
}
