using Commerce.Domain.Common;

namespace Commerce.Domain.Inventory;

/// <summary>A place stock is kept and shipped from.</summary>
public class Warehouse : IEntity
{
    public int Id { get; set; }

    /// <summary>Short unique code, e.g. "JNB-1".</summary>
    public required string Code { get; set; }

    public required string Name { get; set; }
    public required Address Address { get; set; }
    public bool IsActive { get; set; } = true;

    public List<StockLevel> StockLevels { get; set; } = [];
}
