using Commerce.Api.Tests.Infrastructure;
using Commerce.GraphQL.Server.Relay;
using Microsoft.EntityFrameworkCore;

namespace Commerce.Api.Tests.Features.Orders;

/// <summary><c>Vendor.orderLines</c>: the lines attributed to the vendor, filtered by the order's placing time.</summary>
[Collection(GraphCollection.Name)]
public sealed class VendorOrderLinesTests(GraphFixture fixture)
{
    [Fact]
    public async Task VendorOrderLines_MatchDatabase_WhenFilteredByPlacedAtRange()
    {
        await using var db = fixture.CreateDbContext();
        var vendorId = await db.OrderLines.Where(l => l.VendorId != null).Select(l => l.VendorId!.Value).MinAsync();
        var times = await db.Orders.OrderBy(o => o.PlacedAt).Select(o => o.PlacedAt).ToListAsync();
        var since = times[times.Count / 2];
        var expected = await db.OrderLines.Where(l => l.VendorId == vendorId && l.Order!.PlacedAt >= since)
            .OrderByDescending(l => l.Id).Take(50).Select(l => l.Id).ToListAsync();

        var data = await fixture.Client.QueryAsync("""
            query ($id: ID!, $since: DateTime!) {
              vendor(id: $id) { orderLines(first: 50, where: { placedAt: { gte: $since } }, order: [{ id: DESC }]) { nodes { id vendor { id } } } }
            }
            """, new { id = GlobalId.Encode("Vendor", vendorId), since });

        var nodes = data["vendor"]!.Nodes("orderLines");
        Assert.NotEmpty(expected);
        Assert.Equal(expected.Select(id => GlobalId.Encode("OrderLine", id)), nodes.Select(n => n!["id"]!.GetValue<string>()));
        Assert.All(nodes, n => Assert.Equal(GlobalId.Encode("Vendor", vendorId), n!["vendor"]!["id"]!.GetValue<string>()));
    }
}
