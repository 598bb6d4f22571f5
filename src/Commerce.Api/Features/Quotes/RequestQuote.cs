using Commerce.Api.Auth;
using Commerce.Api.Features.Catalog;
using Commerce.Api.Features.Common;
using Commerce.Api.Features.Common.Mutations;
using Commerce.Api.Features.Customers;
using Commerce.Api.Features.Orders;
using Commerce.Api.Features.Vendors;
using Commerce.Domain.Catalog;
using Commerce.Domain.Common;
using Commerce.Domain.Quotes;
using Commerce.Domain.Vendors;
using Commerce.Infrastructure.Persistence;
using Commerce.Infrastructure.Persistence.Configurations;
using GraphQL;

namespace Commerce.Api.Features.Quotes;

/// <summary>requestQuote: checks the request, then saves the quote as REQUESTED with a quote.requested event, in one transaction.</summary>
public static class RequestQuoteHandler
{
    public const int MaxQuantityPerLine = 100_000;

    public static Task<MutationOutcome> HandleAsync(IResolveFieldContext context, RequestQuoteInput input)
    {
        var now = context.RequestServices!.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime;
        return IdempotentMutation.RunAsync(context, "requestQuote", input.IdempotencyKey, input with { IdempotencyKey = null }, async (db, caller, ct) =>
        {
            var errors = new InputErrors();
            var customerId = await BuyerAsync(db, caller, input.CustomerId, errors, ct);
            var variantIds = Lines(input.Lines, errors);
            var placementErrors = new List<UserError>();
            var variants = await OrderPlacement.LoadVariantsAsync(db, [.. variantIds.Where(id => id > 0)], "lines", placementErrors, ct);
            placementErrors.ForEach(errors.Add);
            var vendorId = await VendorAsync(db, input.VendorId, variants.Values, errors, ct);
            if (variants.Values.Select(v => v.Currency).Distinct().Count() > 1)
            {
                errors.Invalid("All lines must be priced in one currency.", "lines");
            }

            if (input.RequestedDeliveryDate < DateOnly.FromDateTime(now))
            {
                errors.Invalid("The delivery date must not be in the past.", "requestedDeliveryDate");
            }

            var shipTo = Address(input.ShippingAddress, "shippingAddress", errors);
            var billTo = input.BillingAddress is null ? shipTo : Address(input.BillingAddress, "billingAddress", errors);
            var note = errors.Text(input.Note, ColumnLengths.Note, required: false, "note");
            if (errors.Any)
            {
                return (MutationOutcome.Refused([.. errors.ToList()]), false);
            }

            var quote = new Quote
            {
                Number = $"Q-{now:yyMMdd}-{Convert.ToHexString(Guid.NewGuid().ToByteArray())[..6]}",
                CustomerId = customerId!.Value, VendorId = vendorId, Currency = variants[variantIds[0]].Currency,
                RequestedDeliveryDate = input.RequestedDeliveryDate, ShippingAddress = shipTo, BillingAddress = billTo, BuyerNote = note,
                Lines = [.. input.Lines.Select((l, i) => new QuoteLine { VariantId = variantIds[i], Quantity = l.Quantity, Requirements = l.Requirements?.Trim() })],
            };
            quote.Request(now);
            db.Quotes.Add(quote);
            await db.SaveChangesAsync(ct);
            return (MutationOutcome.Success(quote.Id), true);
        });
    }

    /// <summary>A customer asks for themselves (naming another customer is NOT_FOUND); staff must name an existing customer.</summary>
    private static async Task<int?> BuyerAsync(CommerceDbContext db, Caller caller, string? customerId, InputErrors errors, CancellationToken ct)
    {
        var named = customerId is null ? null : errors.Id(customerId, CustomerType.TypeName, "customerId");
        if (caller.CustomerId is { } own)
        {
            if (named is not null && named != own)
            {
                errors.Add(UserErrorCode.NotFound, "No such customer.", "customerId");
            }

            return own;
        }

        if (named is null)
        {
            errors.Invalid("Staff must name the buyer's customerId.", "customerId");
            return null;
        }

        return errors.Found(await db.Customers.FindAsync([named.Value], ct), CustomerType.TypeName, "customerId") ? named : null;
    }

    private static int[] Lines(IReadOnlyList<RequestQuoteLineInput> lines, InputErrors errors)
    {
        if (lines.Count == 0)
        {
            errors.Add(UserErrorCode.EmptyLines, "A quote request needs at least one line.", "lines");
        }

        var ids = new int[lines.Count];
        for (var i = 0; i < lines.Count; i++)
        {
            ids[i] = errors.Id(lines[i].VariantId, ProductVariantType.TypeName, "lines", $"{i}", "variantId") ?? 0;
            if (lines[i].Quantity is < 1 or > MaxQuantityPerLine)
            {
                errors.Add(UserErrorCode.QuantityOutOfRange, $"Quantity must be between 1 and {MaxQuantityPerLine}.", "lines", $"{i}", "quantity");
            }

            if (ids[i] > 0 && Array.IndexOf(ids, ids[i]) < i)
            {
                errors.Invalid("Each variant may be requested once; merge the lines.", "lines", $"{i}", "variantId");
            }

            errors.Text(lines[i].Requirements, ColumnLengths.Note, required: false, "lines", $"{i}", "requirements");
        }

        return ids;
    }

    private static async Task<int?> VendorAsync(
        CommerceDbContext db, string? vendorId, IEnumerable<ProductVariant> variants, InputErrors errors, CancellationToken ct)
    {
        if (vendorId is null || errors.Id(vendorId, VendorType.TypeName, "vendorId") is not { } id)
        {
            return null;
        }

        var vendor = await db.Vendors.FindAsync([id], ct);
        if (vendor?.Status != VendorStatus.Approved)
        {
            errors.Add(UserErrorCode.NotFound, "No approved vendor has this id.", "vendorId");
        }
        else if (variants.Any(v => v.Product!.VendorId != id))
        {
            errors.Invalid($"Every line must be one of {vendor.Name}'s products.", "vendorId");
        }

        return id;
    }

    private static Address? Address(AddressInput? input, string field, InputErrors errors)
    {
        if (input is null)
        {
            return null;
        }

        var (address, addressErrors) = input.Validate(field);
        foreach (var error in addressErrors)
        {
            errors.Add(error);
        }

        return address;
    }
}
