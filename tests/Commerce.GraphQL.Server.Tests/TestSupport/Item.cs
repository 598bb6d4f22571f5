namespace Commerce.GraphQL.Server.Tests.TestSupport;

public enum Color
{
    Red,
    Green,
    Blue,
}

public sealed class Item
{
    public int Id { get; set; }

    public string Name { get; set; } = string.Empty;

    public string? Note { get; set; }

    public long Price { get; set; }

    public DateTime CreatedAt { get; set; }

    public bool Active { get; set; }

    public Color Color { get; set; }
}
