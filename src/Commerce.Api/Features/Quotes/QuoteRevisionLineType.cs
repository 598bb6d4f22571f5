using Commerce.Api.Features.Catalog;
using Commerce.Api.Features.Common;
using Commerce.Api.Graph;
using Commerce.Domain.Catalog;
using Commerce.GraphQL.Server.Relay;
using GraphQL.Types;

namespace Commerce.Api.Features.Quotes;

/// <summary>The graph's view of a quote revision line, priced in its revision's currency.</summary>
public sealed class QuoteRevisionLineType : ObjectGraphType<PricedRevisionLine>
{
    public const string TypeName = "QuoteRevisionLine";

    public QuoteRevisionLineType()
    {
        Name = TypeName;
        Description = "The terms one revision sets for one quoted variant.";
        this.ImplementsNode(TypeName, l => l.Line.Id);
        Field<NonNullGraphType<IntGraphType>>("quantity").Description("Units offered at this price.").Resolve(ctx => ctx.Source.Line.Quantity);
        Field<NonNullGraphType<MoneyType>>("unitPrice").Description("The price of one unit.").Resolve(ctx => ctx.Source.UnitPrice);
        Field<IntGraphType>("minimumQuantity").Description("The smallest quantity the price holds for, if the seller set one.")
            .Resolve(ctx => ctx.Source.Line.MinimumQuantity);
        Field<NonNullGraphType<MoneyType>>("lineTotal").Description("Quantity × unit price.").Resolve(ctx => ctx.Source.LineTotal);
        Field<NonNullGraphType<ProductVariantType>>("variant").Description("The variant quoted.")
            .Resolve(ctx => ctx.LoadById<ProductVariant>(ctx.Source.Line.VariantId));
    }
}
