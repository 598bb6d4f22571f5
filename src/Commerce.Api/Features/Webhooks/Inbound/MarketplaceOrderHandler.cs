using System.Security.Claims;
using Commerce.Api.Auth;
using Commerce.Api.Features.Catalog;
using Commerce.Api.Features.Common.Mutations;
using Commerce.Api.Features.Orders;
using Commerce.Domain.Orders;
using Commerce.GraphQL.Server.Relay;
using Commerce.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Commerce.Api.Features.Webhooks.Inbound;

/// <summary>
/// Turns a marketplace order into a guest order through placeOrder's own unit of work (<see cref="PlaceOrderHandler"/>:
/// the same validation, pricing, stock reservation and error codes), with <see cref="SalesChannel.Marketplace"/> and
/// the external id "{channel}:{externalId}" (unique per channel in the database as well as in the event log).
/// </summary>
public static class MarketplaceOrderHandler
{
    public static async Task<InboundOutcome> ApplyAsync(CommerceDbContext db, string channel, MarketplaceOrder order, CancellationToken ct)
    {
        var externalId = $"{channel}:{order.ExternalId}";
        var existing = await db.Orders.Where(o => o.SourceChannel == SalesChannel.Marketplace && o.ExternalId == externalId)
            .Select(o => (int?)o.Id).FirstOrDefaultAsync(ct);
        if (existing is { } imported)
        {
            return InboundOutcome.Ignored($"Marketplace order {externalId} was already imported.", imported);
        }

        var lines = order.Lines!;
        var skus = lines.Select(l => l.Sku!.Trim()).Distinct().ToList();
        var variants = await db.ProductVariants.Where(v => skus.Contains(v.Sku)).ToDictionaryAsync(v => v.Sku, v => v.Id, ct);
        var unknown = lines.Select((line, i) => (Sku: line.Sku!.Trim(), Index: i)).Where(l => !variants.ContainsKey(l.Sku))
            .Select(l => UserError.At(UserErrorCode.VariantUnavailable, $"No variant has SKU {l.Sku}.", "lines", $"{l.Index}", "sku")).ToArray();
        if (unknown.Length > 0)
        {
            return InboundOutcome.Failed(unknown);
        }

        var input = new PlaceOrderInput
        {
            Lines = [.. lines.Select(l => new OrderLineInput { VariantId = GlobalId.Encode(ProductVariantType.TypeName, variants[l.Sku!.Trim()]), Quantity = l.Quantity })],
            Email = order.Buyer?.Email, ShippingAddress = order.ShippingAddress, BillingAddress = order.BillingAddress,
            ShippingMethod = order.ShippingMethod, Note = order.Note,
        };
        var (outcome, commit) = await PlaceOrderHandler.PlaceAsync(db, CallerFor(channel), input, ct, SalesChannel.Marketplace, externalId);
        if (!commit)
        {
            return InboundOutcome.Failed([.. outcome.Errors]);
        }

        var number = await db.Orders.Where(o => o.Id == outcome.EntityId).Select(o => o.Number).SingleAsync(ct);
        return InboundOutcome.Processed($"Placed order {number} for marketplace order {externalId}.", outcome.EntityId!.Value);
    }

    /// <summary>The marketplace as the caller: no customer and no staff scope, so it checks out as a guest with the buyer's email.</summary>
    private static Caller CallerFor(string channel) => Caller.From(CallerPrincipal.Create(
        [new Claim(CommerceClaims.Subject, $"Marketplace:{channel}"), new Claim(CommerceClaims.CallerKind, "marketplace")]));
}
