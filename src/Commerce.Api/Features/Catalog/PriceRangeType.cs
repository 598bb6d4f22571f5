using Commerce.Api.Features.Common;
using GraphQL.Types;

namespace Commerce.Api.Features.Catalog;

/// <summary>The graph's view of a <see cref="PriceRange"/>.</summary>
public sealed class PriceRangeType : ObjectGraphType<PriceRange>
{
    public PriceRangeType()
    {
        Name = "PriceRange";
        Description = "The lowest and highest price among a product's variants.";
        Field<NonNullGraphType<MoneyType>>("min").Description("The lowest variant price.").Resolve(ctx => ctx.Source.Min);
        Field<NonNullGraphType<MoneyType>>("max").Description("The highest variant price.").Resolve(ctx => ctx.Source.Max);
    }
}
