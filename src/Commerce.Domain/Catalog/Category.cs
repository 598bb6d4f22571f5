using Commerce.Domain.Common;

namespace Commerce.Domain.Catalog;

/// <summary>A node in the catalogue's category tree.</summary>
public class Category : IEntity
{
    public int Id { get; set; }
    public int? ParentId { get; set; }
    public required string Name { get; set; }
    public required string Slug { get; set; }
    public string? Description { get; set; }

    public Category? Parent { get; set; }
    public List<Category> Children { get; set; } = [];
    public List<Product> Products { get; set; } = [];
}
