using Commerce.Api.Tests.Infrastructure;
using Commerce.Domain.Catalog;
using Commerce.Domain.Vendors;
using Commerce.GraphQL.Server.Relay;
using Microsoft.EntityFrameworkCore;

namespace Commerce.Api.Tests.Features.Access;

/// <summary>
/// The demo shop with two approved vendors that have sales, A and B, each given a draft product and a quote
/// addressed to it, and a signed-in user of vendor A.
/// </summary>
public sealed class TwoVendorsShop : CommerceApiFactory
{
    private readonly Lazy<Task<VendorPair>> _vendors;

    public TwoVendorsShop() => _vendors = new Lazy<Task<VendorPair>>(SetUpAsync);

    public Task<VendorPair> VendorsAsync() => _vendors.Value;

    private async Task<VendorPair> SetUpAsync()
    {
        await using var db = CreateDbContext();
        var vendors = await db.Vendors
            .Where(v => v.Status == VendorStatus.Approved && db.OrderLines.Any(l => l.VendorId == v.Id))
            .OrderBy(v => v.Id).Select(v => v.Id).Take(2).ToListAsync();
        var a = await ClaimAsync(db, vendors[0], 0);
        var b = await ClaimAsync(db, vendors[1], 1);
        await db.SaveChangesAsync();

        await this.CreateVendorUserAsync(a.VendorId, "isolation@vendor-a.example.com");
        var session = await this.SignInVendorUserAsync("isolation@vendor-a.example.com");
        return new VendorPair(session.AccessToken, a, b);
    }

    private static async Task<VendorRows> ClaimAsync(Commerce.Infrastructure.Persistence.CommerceDbContext db, int vendorId, int index)
    {
        var draft = await db.Products.Where(p => p.VendorId == vendorId).OrderByDescending(p => p.Id).FirstAsync();
        draft.Status = ProductStatus.Draft;
        var quote = await db.Quotes.OrderBy(q => q.Id).Skip(index).FirstAsync();
        quote.VendorId = vendorId;
        var line = await db.OrderLines.Where(l => l.VendorId == vendorId).MinAsync(l => l.Id);
        return new VendorRows(vendorId, draft.Id, quote.Id, line);
    }
}

/// <summary>A vendor user's session (of vendor <see cref="A"/>) and the two vendors' rows.</summary>
public sealed record VendorPair(string Token, VendorRows A, VendorRows B);

/// <summary>A vendor's database id, a draft product, a quote addressed to it and one of its order lines.</summary>
public sealed record VendorRows(int VendorId, int DraftProductId, int QuoteId, int OrderLineId)
{
    public string Id => GlobalId.Encode("Vendor", VendorId);

    public string DraftProduct => GlobalId.Encode("Product", DraftProductId);

    public string Quote => GlobalId.Encode("Quote", QuoteId);

    public string OrderLine => GlobalId.Encode("OrderLine", OrderLineId);
}
