using Commerce.Api.Features.Common;
using Commerce.Api.Features.Common.Mutations;
using Commerce.Api.Features.Orders;
using Commerce.Domain.Common;
using Commerce.Domain.Quotes;
using GraphQL;
using Microsoft.EntityFrameworkCore;

namespace Commerce.Api.Features.Quotes;

/// <summary>
/// acceptQuote: the latest revision must be the seller's offer, still valid. Its lines become an order through
/// <see cref="OrderPlacement"/>, the same path as placeOrder (price snapshot, shipping and tax, stock reserved
/// atomically, order.created) but at the offer's unit prices and volume discount; then the quote is ACCEPTED with a
/// quote.accepted event. One transaction: out of stock or any other refusal leaves the quote open and no order.
/// </summary>
public static class AcceptQuoteHandler
{
    public static Task<MutationOutcome> HandleAsync(IResolveFieldContext context, AcceptQuoteInput input) =>
        QuoteMutation.RunAsync(context, "acceptQuote", input.QuoteId, QuoteAction.Accept, input.IdempotencyKey, input with { IdempotencyKey = null },
            async (db, caller, quote, now, ct) =>
            {
                var offer = quote.Revisions.MaxBy(r => r.Number)!;
                if (input.ExpectedRevision is { } expected && expected != offer.Number)
                {
                    return MutationOutcome.RefusedOn(quote.Id, UserError.At(UserErrorCode.VersionConflict,
                        $"The offer on the table is revision {offer.Number}, not {expected}; read it before accepting.", "expectedRevision"));
                }

                var errors = new List<UserError>();
                var shipTo = Address(input.ShippingAddress, quote.ShippingAddress, "shippingAddress", errors);
                var billTo = Address(input.BillingAddress, quote.BillingAddress, "billingAddress", errors) ?? shipTo;
                var lines = await db.QuoteRevisionLines.AsNoTracking().Where(l => l.QuoteRevisionId == offer.Id).OrderBy(l => l.Id).ToListAsync(ct);
                var variants = await OrderPlacement.LoadVariantsAsync(db, [.. lines.Select(l => l.VariantId)], null, errors, ct);
                if (variants.Values.Any(v => v.Currency != quote.Currency))
                {
                    errors.Add(new UserError(UserErrorCode.InvalidValue, $"The products are no longer sold in {quote.Currency}; request a new quote."));
                }

                if (errors.Count > 0)
                {
                    return MutationOutcome.RefusedOn(quote.Id, [.. errors]);
                }

                var email = await db.Customers.Where(c => c.Id == quote.CustomerId).Select(c => c.Email).SingleAsync(ct);
                var request = new PlacementRequest(quote.CustomerId, email,
                    [.. lines.Select(l => new PlacementLine(l.VariantId, l.Quantity, l.UnitPriceMinorUnits, QuotePricing.LineDiscount(l, offer.VolumeDiscountBasisPoints)))],
                    shipTo!, billTo! with { }, input.ShippingMethod, DiscountCode: null, $"Quote {quote.Number}, revision {offer.Number}", LinesField: null);
                var (order, placementErrors) = await OrderPlacement.PlaceAsync(db, caller, request, variants, now, ct);
                if (order is null)
                {
                    return MutationOutcome.RefusedOn(quote.Id, [.. placementErrors]);
                }

                quote.Accept(order, offer.Number, now);
                await db.SaveChangesAsync(ct);
                return MutationOutcome.Success(quote.Id, order.Id);
            });

    /// <summary>The given address (validated), else a copy of the quote's; a missing shipping address is an error.</summary>
    private static Address? Address(AddressInput? given, Address? onQuote, string field, List<UserError> errors)
    {
        if (given is null)
        {
            if (onQuote is null && field == "shippingAddress")
            {
                errors.Add(UserError.At(UserErrorCode.InvalidAddress, "The quote has no shipping address; give one.", field));
            }

            return onQuote is null ? null : onQuote with { };
        }

        var (address, addressErrors) = given.Validate(field);
        errors.AddRange(addressErrors);
        return address;
    }
}
