namespace Commerce.GraphQL.Server.Tests.TestSupport;

public static class ItemSeed
{
    /// <summary>Ten items: ids 1..10, names "Item 01".."Item 10", prices repeating (ties), notes null on odd ids.</summary>
    public static List<Item> Create(int count = 10) => [.. Enumerable.Range(1, count).Select(i => new Item
    {
        Id = i,
        Name = $"Item {i:00}",
        Note = i % 2 == 0 ? $"note {i}" : null,
        Price = i % 3 * 100,
        CreatedAt = new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc).AddHours(i),
        Active = i % 4 != 0,
        Color = (Color)(i % 3),
    })];
}
