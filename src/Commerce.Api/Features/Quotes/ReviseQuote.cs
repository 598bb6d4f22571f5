using Commerce.Api.Features.Catalog;
using Commerce.Api.Features.Common;
using Commerce.Api.Features.Common.Mutations;
using Commerce.Domain.Quotes;
using Commerce.Infrastructure.Persistence.Configurations;
using GraphQL;
using Microsoft.EntityFrameworkCore;

namespace Commerce.Api.Features.Quotes;

/// <summary>
/// offerQuote (the seller) and counterQuote (the buyer): the terms become the next numbered revision, kept with its
/// author's side, subject and name; a quote.offered / quote.countered event is written in the same transaction.
/// </summary>
public static class ReviseQuoteHandler
{
    public static Task<MutationOutcome> HandleAsync(IResolveFieldContext context, ReviseQuoteInput input, QuoteParty author)
    {
        var (mutation, action) = author == QuoteParty.Seller ? ("offerQuote", QuoteAction.Offer) : ("counterQuote", QuoteAction.Counter);
        return QuoteMutation.RunAsync(context, mutation, input.QuoteId, action, null, input, async (db, caller, quote, now, ct) =>
        {
            var latest = quote.Revisions.OrderBy(r => r.Number).LastOrDefault();
            var latestLines = latest is null ? [] : await db.QuoteRevisionLines.Where(l => l.QuoteRevisionId == latest.Id).ToListAsync(ct);
            var errors = new InputErrors();
            var lines = Lines(quote, latestLines, input.Lines, author, errors);
            Terms(input, now, errors);
            if (errors.Any)
            {
                return MutationOutcome.RefusedOn(quote.Id, [.. errors.ToList()]);
            }

            quote.AddRevision(new QuoteRevision
            {
                Author = author, AuthorSubject = caller.Subject, AuthorName = await QuoteAuthor.NameAsync(db, caller, ct),
                PaymentTerms = input.PaymentTerms?.Trim(), LeadTimeDays = input.LeadTimeDays, ValidUntil = input.ValidUntil?.ToUniversalTime(),
                VolumeDiscountBasisPoints = input.VolumeDiscountBasisPoints, Note = input.Note?.Trim(), Currency = quote.Currency, Lines = lines,
            }, now);
            await db.SaveChangesAsync(ct);
            return MutationOutcome.Success(quote.Id);
        });
    }

    private static List<QuoteRevisionLine> Lines(
        Quote quote, List<QuoteRevisionLine> latest, IReadOnlyList<QuoteTermsLineInput> inputs, QuoteParty author, InputErrors errors)
    {
        if (inputs.Count == 0)
        {
            errors.Add(UserErrorCode.EmptyLines, "A revision needs at least one line.", "lines");
        }

        var lines = new List<QuoteRevisionLine>();
        for (var i = 0; i < inputs.Count; i++)
        {
            var (input, at) = (inputs[i], new[] { "lines", $"{i}" });
            if (errors.Id(input.VariantId, ProductVariantType.TypeName, [.. at, "variantId"]) is not { } variantId)
            {
                continue;
            }

            var requested = quote.Lines.FirstOrDefault(l => l.VariantId == variantId);
            var previous = latest.FirstOrDefault(l => l.VariantId == variantId);
            if (requested is null || lines.Any(l => l.VariantId == variantId))
            {
                errors.Invalid(requested is null ? "The quote does not request this variant." : "Each variant may be quoted once.", [.. at, "variantId"]);
                continue;
            }

            var quantity = input.Quantity ?? previous?.Quantity ?? requested.Quantity;
            if (quantity is < 1 or > RequestQuoteHandler.MaxQuantityPerLine)
            {
                errors.Add(UserErrorCode.QuantityOutOfRange, $"Quantity must be between 1 and {RequestQuoteHandler.MaxQuantityPerLine}.", [.. at, "quantity"]);
            }

            var minimum = author == QuoteParty.Seller ? input.MinimumQuantity : previous?.MinimumQuantity;
            if (author == QuoteParty.Buyer && input.MinimumQuantity is not null)
            {
                errors.Invalid("Only the seller sets a minimum quantity.", [.. at, "minimumQuantity"]);
            }
            else if (minimum is { } min && (min < 1 || quantity < min))
            {
                errors.Invalid($"The quantity must be at least the minimum quantity {min}.", [.. at, author == QuoteParty.Seller ? "minimumQuantity" : "quantity"]);
            }

            var price = input.UnitPrice is null ? null : errors.Money(input.UnitPrice, quote.Currency, [.. at, "unitPrice"])?.MinorUnits;
            if (input.UnitPrice is null && (author == QuoteParty.Seller || previous is null))
            {
                errors.Invalid(author == QuoteParty.Seller ? "An offer prices every line." : "The offer does not price this variant; propose a unit price.", [.. at, "unitPrice"]);
            }

            lines.Add(new QuoteRevisionLine { VariantId = variantId, Quantity = quantity, UnitPriceMinorUnits = price ?? previous?.UnitPriceMinorUnits ?? 0, MinimumQuantity = minimum });
        }

        return lines;
    }

    private static void Terms(ReviseQuoteInput input, DateTime now, InputErrors errors)
    {
        if (input.VolumeDiscountBasisPoints is < 0 or > 10_000)
        {
            errors.Invalid("Must be from 0 to 10000 basis points (0% to 100%).", "volumeDiscountBasisPoints");
        }

        if (input.LeadTimeDays < 0)
        {
            errors.Invalid("Must not be negative.", "leadTimeDays");
        }

        if (input.ValidUntil?.ToUniversalTime() <= now)
        {
            errors.Invalid("Must be in the future.", "validUntil");
        }

        errors.Text(input.PaymentTerms, ColumnLengths.ShortText, required: false, "paymentTerms");
        errors.Text(input.Note, ColumnLengths.Note, required: false, "note");
    }
}
