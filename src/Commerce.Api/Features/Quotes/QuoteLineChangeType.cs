using Commerce.Api.Auth;
using Commerce.Api.Features.Catalog;
using Commerce.Api.Features.Common;
using Commerce.Api.Graph;
using Commerce.Domain.Catalog;
using Commerce.Domain.Quotes;
using Commerce.GraphQL.Server.Authorization;
using GraphQL.Types;

namespace Commerce.Api.Features.Quotes;

/// <summary>The graph's view of a <see cref="QuoteLineChange"/>.</summary>
public sealed class QuoteLineChangeType : ObjectGraphType<QuoteLineChange>
{
    public QuoteLineChangeType()
    {
        Name = "QuoteLineChange";
        this.RequireScopes(Scopes.ReadQuotes, Scopes.Customer, Scopes.Vendor);
        Description = "How one variant's terms changed between two revisions. The before fields are null for ADDED lines, the after fields for REMOVED ones.";
        Field<NonNullGraphType<QuoteLineChangeKindType>>("kind").Description("What kind of change this is.").Resolve(ctx => ctx.Source.Kind);
        Field<NonNullGraphType<ProductVariantType>>("variant").Description("The variant the line quotes.")
            .Resolve(ctx => ctx.LoadById<ProductVariant>(ctx.Source.VariantId));
        Field(c => c.QuantityBefore, nullable: true).Description("Units in the earlier revision.");
        Field(c => c.QuantityAfter, nullable: true).Description("Units in the later revision.");
        Field<MoneyType>("unitPriceBefore").Description("Unit price in the earlier revision.").Resolve(ctx => ctx.Source.UnitPriceBefore);
        Field<MoneyType>("unitPriceAfter").Description("Unit price in the later revision.").Resolve(ctx => ctx.Source.UnitPriceAfter);
    }
}
