using Commerce.Domain.Orders;
using Microsoft.EntityFrameworkCore;

namespace Commerce.Infrastructure.Tests.Persistence;

public class SqliteConstraintsTests
{
    [Fact]
    public async Task SaveChanges_RejectsVariant_WhenSkuAlreadyExists()
    {
        await using var database = await SqliteTestDatabase.CreateAsync();
        await using var context = database.CreateContext();
        var product = SampleGraph.Product(SampleGraph.Vendor());
        product.Variants = [SampleGraph.Variant(product, "DUP-1")];
        context.Products.Add(product);
        await context.SaveChangesAsync();

        context.ProductVariants.Add(SampleGraph.Variant(product, "DUP-1"));

        await Assert.ThrowsAsync<DbUpdateException>(() => context.SaveChangesAsync());
        await using var reader = database.CreateContext();
        Assert.Equal(1, await reader.ProductVariants.CountAsync(v => v.Sku == "DUP-1"));
    }

    [Fact]
    public async Task SaveChanges_RejectsOrder_WhenChannelExternalIdAlreadyExists()
    {
        await using var database = await SqliteTestDatabase.CreateAsync();
        await using var context = database.CreateContext();
        context.Orders.AddRange(Order("CG-1", "MP-1"), Order("CG-2", externalId: null), Order("CG-3", externalId: null));
        await context.SaveChangesAsync();

        context.Orders.Add(Order("CG-4", "MP-1"));

        await Assert.ThrowsAsync<DbUpdateException>(() => context.SaveChangesAsync());
    }

    private static Order Order(string number, string? externalId) => new()
    {
        Number = number, Email = "guest@example.com", Currency = "EUR", SourceChannel = SalesChannel.Marketplace,
        ExternalId = externalId, PlacedAt = SampleGraph.Now, UpdatedAt = SampleGraph.Now,
    };
}
