using Commerce.GraphQL.Server.DataLoader;

namespace Commerce.GraphQL.Server.Tests.TestSupport.Shop;

public sealed record Widget(int Id, string Name);

public sealed record Order(int Id, long Total, string Note);

/// <summary>In-memory rows of the secured test schema: 30 widgets, 3 orders.</summary>
public static class ShopData
{
    public static readonly Widget[] Widgets = [.. Enumerable.Range(1, 30).Select(i => new Widget(i, "W" + i))];

    public static readonly Order[] Orders = [new(1, 100, "first"), new(2, 250, "second"), new(3, 75, "third")];
}

public sealed class WidgetByIdLoader : BatchDataLoader<int, Widget>
{
    protected override Task<IReadOnlyDictionary<int, Widget>> LoadBatchAsync(IReadOnlyList<int> keys, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyDictionary<int, Widget>>(ShopData.Widgets.Where(w => keys.Contains(w.Id)).ToDictionary(w => w.Id));
}

public sealed class OrderByIdLoader : BatchDataLoader<int, Order>
{
    protected override Task<IReadOnlyDictionary<int, Order>> LoadBatchAsync(IReadOnlyList<int> keys, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyDictionary<int, Order>>(ShopData.Orders.Where(o => keys.Contains(o.Id)).ToDictionary(o => o.Id));
}
