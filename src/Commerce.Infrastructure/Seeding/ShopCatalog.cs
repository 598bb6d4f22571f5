using Commerce.Domain.Catalog;
using Commerce.Domain.Customers;
using Commerce.Domain.Inventory;
using Commerce.Domain.Vendors;

namespace Commerce.Infrastructure.Seeding;

/// <summary>
/// The part of a generated shop that orders refer to: vendors, categories, products with variants,
/// warehouses and customers with addresses. Small enough to hold in memory even for the large data set.
/// </summary>
public sealed class ShopCatalog
{
    internal ShopCatalog(
        IReadOnlyList<Vendor> vendors, IReadOnlyList<Category> categories, IReadOnlyList<Product> products,
        IReadOnlyList<Warehouse> warehouses, IReadOnlyList<Customer> customers)
    {
        Vendors = vendors;
        Categories = categories;
        Products = products;
        Warehouses = warehouses;
        Customers = customers;
        Variants = [.. products.SelectMany(p => p.Variants)];
        ProductsSampler = new ProductSampler(products);
        CustomersSampler = new CustomerSampler(customers);
    }

    public IReadOnlyList<Vendor> Vendors { get; }
    public IReadOnlyList<Category> Categories { get; }
    public IReadOnlyList<Product> Products { get; }

    /// <summary>All variants, ordered by id (ids run 1…n).</summary>
    public IReadOnlyList<ProductVariant> Variants { get; }

    public IReadOnlyList<Warehouse> Warehouses { get; }
    public IReadOnlyList<Customer> Customers { get; }

    internal ProductSampler ProductsSampler { get; }
    internal CustomerSampler CustomersSampler { get; }

    /// <summary>Rows the catalogue writes: the entities above plus customer addresses.</summary>
    public long RowCount => Vendors.Count + Categories.Count + Products.Count + Variants.Count + Warehouses.Count
        + Customers.Count + Customers.Sum(c => (long)c.Addresses.Count);
}
