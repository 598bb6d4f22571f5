using Commerce.Api.Graph;
using Commerce.Domain.Quotes;
using Commerce.GraphQL.Server.Cost;
using Commerce.GraphQL.Server.DataLoader;
using Commerce.GraphQL.Server.Errors;
using GraphQL;
using GraphQL.DataLoader;
using GraphQL.Types;

namespace Commerce.Api.Features.Quotes;

/// <summary>A quote's revisions and what is derived from them, all read from one batched revisions load.</summary>
internal static class QuoteRevisionFields
{
    public static void AddTo(ObjectGraphType<Quote> type)
    {
        type.Field<NonNullGraphType<ListGraphType<NonNullGraphType<QuoteRevisionType>>>>("revisions").WithListSize(5)
            .Description("Every offer and counter-offer, by revision number.")
            .Resolve(ctx => Revisions(ctx));
        type.Field<QuoteRevisionType>("latestRevision").Description("The terms on the table: the highest-numbered revision; null before the first offer.")
            .Resolve(ctx => Revisions(ctx).Then(r => r.LastOrDefault()));
        type.Field<NonNullGraphType<IntGraphType>>("revisionCount").Description("How many revisions the quote has.")
            .Resolve(ctx => Revisions(ctx).Then(r => r.Count()));
        type.Field<NonNullGraphType<QuoteRevisionDiffType>>("diff")
            .Description("What changed, variant by variant, from one revision to another. Unknown revision numbers are an INVALID_ARGUMENTS error.")
            .Argument<NonNullGraphType<IntGraphType>>("from", "The earlier revision's number.")
            .Argument<NonNullGraphType<IntGraphType>>("to", "The later revision's number.")
            .Resolve(ctx => Diff(ctx, ctx.GetArgument<int>("from"), ctx.GetArgument<int>("to")));
    }

    private static IDataLoaderResult<IEnumerable<QuoteRevision>> Revisions(IResolveFieldContext<Quote> ctx) =>
        ctx.Loader<QuoteRevisionsByQuoteIdLoader>().LoadAsync(ctx.Source.Id);

    // Both revisions' lines come from the revision-lines loader, so a list of quotes diffs in one query per level.
    private static IDataLoaderResult<QuoteRevisionDiff> Diff(IResolveFieldContext<Quote> ctx, int fromNumber, int toNumber)
    {
        var lines = ctx.Loader<QuoteRevisionLinesByRevisionIdLoader>();
        return Revisions(ctx).Then<IEnumerable<QuoteRevision>, QuoteRevisionDiff>(revisions =>
        {
            var from = Find(revisions, fromNumber, ctx.Source);
            var to = Find(revisions, toNumber, ctx.Source);
            return lines.LoadManyAsync([from.Id, to.Id])
                .Then<IEnumerable<QuoteRevisionLine>[], QuoteRevisionDiff>(l => QuoteRevisionDiff.Between(from, l[0], to, l[1]));
        });
    }

    private static QuoteRevision Find(IEnumerable<QuoteRevision> revisions, int number, Quote quote) =>
        revisions.FirstOrDefault(r => r.Number == number)
        ?? throw new GraphQLServerError($"Quote {quote.Number} has no revision {number}.", LookupFieldExtensions.InvalidArgumentsCode);
}
