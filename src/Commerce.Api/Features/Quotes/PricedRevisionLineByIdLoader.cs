using Commerce.Api.Features.Common.Loading;
using Commerce.Domain.Quotes;
using Commerce.GraphQL.Server.DataLoader;
using GraphQL.DataLoader;

namespace Commerce.Api.Features.Quotes;

/// <summary>
/// Refetches a <c>QuoteRevisionLine</c> node by id: the line, then its revision for the currency, each batched
/// (a <c>nodes(ids:)</c> call costs two queries however many lines it asks for).
/// </summary>
public sealed class PricedRevisionLineByIdLoader(EntityByIdLoader<QuoteRevisionLine> lines, EntityByIdLoader<QuoteRevision> revisions)
{
    public IDataLoaderResult<PricedRevisionLine?> LoadAsync(int id) =>
        lines.LoadAsync(id).Then<QuoteRevisionLine?, PricedRevisionLine?>(line => line is null
            ? DataLoaderResults.FromValue<PricedRevisionLine?>(null)
            : revisions.LoadAsync(line.QuoteRevisionId).Then<QuoteRevision?, PricedRevisionLine?>(r => new PricedRevisionLine(line, r!.Currency)));
}
