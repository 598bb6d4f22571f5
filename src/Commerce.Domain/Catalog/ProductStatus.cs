namespace Commerce.Domain.Catalog;

/// <summary>Only active products are visible to shoppers; drafts are being prepared, archived ones are retired.</summary>
public enum ProductStatus
{
    Draft = 0,
    Active = 1,
    Archived = 2,
}
