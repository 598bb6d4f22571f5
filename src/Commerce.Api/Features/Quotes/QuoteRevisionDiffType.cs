using Commerce.Api.Auth;
using Commerce.Api.Features.Common;
using Commerce.Domain.Quotes;
using Commerce.GraphQL.Server.Authorization;
using GraphQL.Types;

namespace Commerce.Api.Features.Quotes;

/// <summary>The graph's view of a <see cref="QuoteRevisionDiff"/>.</summary>
public sealed class QuoteRevisionDiffType : ObjectGraphType<QuoteRevisionDiff>
{
    public QuoteRevisionDiffType()
    {
        Name = "QuoteRevisionDiff";
        this.RequireScopes(Scopes.ReadQuotes, Scopes.Customer, Scopes.Vendor);
        Description = "The difference between two revisions of a quote, variant by variant.";
        Field("from", d => d.FromNumber).Description("The earlier revision's number.");
        Field("to", d => d.ToNumber).Description("The later revision's number.");
        Field<NonNullGraphType<MoneyType>>("totalBefore").Description("The earlier revision's total.").Resolve(ctx => ctx.Source.TotalBefore);
        Field<NonNullGraphType<MoneyType>>("totalAfter").Description("The later revision's total.").Resolve(ctx => ctx.Source.TotalAfter);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<QuoteLineChangeType>>>>("lines")
            .Description("One entry per variant quoted in either revision: the later revision's lines in order, then the removed ones.")
            .Resolve(ctx => ctx.Source.Lines);
    }
}
