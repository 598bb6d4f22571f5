using Commerce.Domain.Catalog;
using Commerce.Domain.Common;
using Commerce.Domain.Customers;
using Commerce.Domain.Fulfillments;
using Commerce.Domain.Inventory;
using Commerce.Domain.Orders;
using Commerce.Domain.Payments;
using Commerce.Domain.Quotes;
using Commerce.Domain.Vendors;

namespace Commerce.Infrastructure.Tests.Persistence;

/// <summary>One of everything, linked together, with every kind of column filled in.</summary>
internal static class SampleGraph
{
    public static readonly DateTime Now = new(2026, 3, 14, 15, 9, 26, 535, DateTimeKind.Utc);

    public static Address Address(string line1) => new()
    {
        FirstName = "Ada", LastName = "Lovelace", Company = "Analytical Ltd", Line1 = line1, Line2 = "Floor 2",
        City = "London", Region = "Greater London", PostalCode = "N1 9GU", CountryCode = "GB", Phone = "+44 20 0000",
    };

    public static Vendor Vendor() => new()
    {
        Name = "Wool & Co", Slug = "wool-co", Email = "sales@wool.example", Status = VendorStatus.Approved,
        DefaultCommissionRateBasisPoints = 1250, CreatedAt = Now, UpdatedAt = Now,
    };

    public static Product Product(Vendor vendor, Category? category = null) => new()
    {
        Vendor = vendor, Category = category, Name = "Merino sweater", Slug = "merino-sweater",
        Status = ProductStatus.Active, ImageUrls = ["https://img.example/1.jpg", "https://img.example/2.jpg"],
        CreatedAt = Now, UpdatedAt = Now,
    };

    public static ProductVariant Variant(Product product, string sku) => new()
    {
        Product = product, Sku = sku, Name = "Navy / M", PriceMinorUnits = 8_999, CompareAtPriceMinorUnits = 11_999,
        Currency = "EUR", WeightGrams = 450, CreatedAt = Now, UpdatedAt = Now,
        Attributes = [new() { Name = "Colour", Value = "Navy" }, new() { Name = "Size", Value = "M" }],
    };

    public static Customer Customer() => new()
    {
        Email = "ada@example.com", FirstName = "Ada", LastName = "Lovelace", Tags = ["vip", "wholesale"],
        AcceptsMarketing = true, CreatedAt = Now, UpdatedAt = Now,
        Addresses = [new() { Address = Address("1 Home Street"), IsDefaultShipping = true }],
    };

    public static Order Order(Customer customer, ProductVariant variant, Warehouse warehouse)
    {
        var line = new OrderLine
        {
            Variant = variant, Product = variant.Product, Vendor = variant.Product!.Vendor, Sku = variant.Sku,
            ProductName = "Merino sweater", VariantName = variant.Name, Quantity = 2, UnitPriceMinorUnits = 8_999,
            DiscountMinorUnits = 500, TaxMinorUnits = 1_600, LineTotalMinorUnits = 17_498, FulfilledQuantity = 2,
        };
        return new Order
        {
            Number = "CG-100042", Customer = customer, Email = customer.Email, Status = OrderStatus.Fulfilled,
            PaymentStatus = PaymentStatus.Paid, FulfillmentStatus = FulfillmentStatus.Fulfilled, Currency = "EUR",
            SubtotalMinorUnits = 17_498, ShippingMinorUnits = 495, TaxMinorUnits = 1_600, TotalMinorUnits = 19_593,
            SourceChannel = SalesChannel.Marketplace, ExternalId = "MP-7", ShippingAddress = Address("1 Home Street"),
            BillingAddress = null, PlacedAt = Now, UpdatedAt = Now, ConfirmedAt = Now.AddMinutes(5),
            Lines = [line],
            Payments =
            [
                new() { Kind = PaymentTransactionKind.Capture, Status = PaymentTransactionStatus.Succeeded,
                    AmountMinorUnits = 19_593, Currency = "EUR", Provider = "test", ProviderReference = "ch_1",
                    CreatedAt = Now },
            ],
            Fulfillments =
            [
                new() { Warehouse = warehouse, State = FulfillmentState.Shipped, Carrier = "DHL",
                    TrackingNumber = "JD0001", CreatedAt = Now, ShippedAt = Now.AddHours(3),
                    Lines = [new() { OrderLine = line, Quantity = 2 }] },
            ],
        };
    }

    public static Quote Quote(Customer customer, Vendor vendor, ProductVariant variant) => new()
    {
        Number = "Q-2042", Customer = customer, Vendor = vendor, Status = QuoteStatus.CounterOffered,
        Currency = "EUR", RequestedDeliveryDate = new DateOnly(2026, 4, 1), ValidUntil = Now.AddDays(14),
        BuyerNote = "Embroidered logo", BillingAddress = Address("9 Office Road"), CreatedAt = Now, UpdatedAt = Now,
        Lines = [new() { Variant = variant, Quantity = 100, Requirements = "Logo on chest" }],
        Revisions = [Revision(1, QuoteParty.Seller, 750_000, variant), Revision(2, QuoteParty.Buyer, 700_000, variant)],
    };

    private static QuoteRevision Revision(int number, QuoteParty author, long total, ProductVariant variant) => new()
    {
        Number = number, Author = author, AuthorName = author.ToString(), PaymentTerms = "Net 30", LeadTimeDays = 21,
        ValidUntil = Now.AddDays(14), TotalMinorUnits = total, Currency = "EUR", CreatedAt = Now.AddDays(number),
        Lines = [new() { Variant = variant, Quantity = 100, UnitPriceMinorUnits = total / 100, MinimumQuantity = 50 }],
    };
}
