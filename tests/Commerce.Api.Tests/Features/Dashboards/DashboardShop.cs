using Commerce.Api.Tests.Infrastructure;
using Commerce.Domain.Catalog;
using Commerce.Domain.Common;
using Commerce.Domain.Customers;
using Commerce.Domain.Inventory;
using Commerce.Domain.Orders;
using Commerce.Domain.Payments;
using Commerce.Domain.Vendors;
using Commerce.Domain.Vendors.Economics;
using Microsoft.EntityFrameworkCore;

namespace Commerce.Api.Tests.Features.Dashboards;

/// <summary>
/// An empty shop given a small, known data set: two vendors (10 % and 20 % commission), two categories, three
/// products, four customers, and orders in the period 2026-03-02..2026-03-08 (Monday to Sunday), in the week before,
/// a year before, and outside all of them — cancelled, refunded, guest and euro orders among them — plus a vendor
/// user of vendor A.
/// </summary>
public sealed class DashboardShop() : CommerceApiFactory(seedDemoData: false)
{
    public static readonly DateTime PeriodStart = new(2026, 3, 2, 0, 0, 0, DateTimeKind.Utc);

    private readonly SemaphoreSlim _gate = new(1, 1);
    private DashboardRows? _rows;

    /// <summary>The ids the data set was written with (written once per factory).</summary>
    public async Task<DashboardRows> RowsAsync()
    {
        await _gate.WaitAsync();
        try
        {
            return _rows ??= await SeedAsync();
        }
        finally
        {
            _gate.Release();
        }
    }

    private async Task<DashboardRows> SeedAsync()
    {
        await using var db = CreateDbContext();
        var now = PeriodStart;
        var vendors = new[] { Vendor("A", 1000), Vendor("B", 2000) };
        var categories = new[] { new Category { Name = "Shoes", Slug = "shoes" }, new Category { Name = "Hats", Slug = "hats" } };
        var warehouse = new Warehouse { Code = "W1", Name = "Main", Address = new Address { FirstName = "W", LastName = "H", Line1 = "1 Road", City = "Town", PostalCode = "1000", CountryCode = "US" } };
        db.AddRange(vendors);
        db.AddRange(categories);
        db.Add(warehouse);
        var products = new[] { Product(vendors[0], categories[0], "boot"), Product(vendors[0], categories[1], "cap"), Product(vendors[1], categories[0], "sandal") };
        db.AddRange(products);
        var customers = Enumerable.Range(1, 4).Select(i => new Customer { Email = $"c{i}@example.com", FirstName = "C", LastName = $"{i}" }).ToArray();
        db.AddRange(customers);
        await db.SaveChangesAsync();

        // The cap is low on stock (2 available of a threshold of 5); the boot and sandal are not.
        db.AddRange(
            Stock(products[0].Variants[0], warehouse, 50, 0),
            Stock(products[1].Variants[0], warehouse, 4, 2),
            Stock(products[2].Variants[0], warehouse, 30, 1));

        var (boot, cap, sandal) = (products[0], products[1], products[2]);
        var c = customers;
        var n = 0;
        Order Add(int day, int hour, Customer? customer, OrderStatus status, params (Product Product, int Quantity, long Price)[] lines)
        {
            var order = NewOrder(++n, PeriodStart.AddDays(day).AddHours(hour), customer, status, lines);
            db.Add(order);
            return order;
        }

        // In the period (days 0..6; day 3 has no sales).
        Add(0, 9, c[0], OrderStatus.Delivered, (boot, 2, 5_000), (sandal, 1, 3_000));
        Add(0, 23, c[1], OrderStatus.Confirmed, (cap, 3, 1_000));
        var refunded = Add(1, 12, c[0], OrderStatus.Delivered, (boot, 1, 5_000));
        Add(2, 8, null, OrderStatus.Placed, (sandal, 4, 3_000));   // a guest
        Add(2, 9, c[2], OrderStatus.Cancelled, (boot, 10, 5_000));
        Add(4, 15, c[2], OrderStatus.Delivered, (sandal, 2, 3_000), (cap, 1, 1_000));
        Add(6, 23, c[3], OrderStatus.Fulfilled, (boot, 1, 5_000), (cap, 5, 1_000));
        var euro = Add(5, 10, c[3], OrderStatus.Delivered, (boot, 1, 5_000));
        euro.Currency = "EUR";
        // The week before, a year before, and after the period.
        Add(-7, 10, c[0], OrderStatus.Delivered, (boot, 1, 5_000));
        Add(-1, 23, c[1], OrderStatus.Delivered, (sandal, 2, 3_000));
        Add(-365, 10, c[1], OrderStatus.Delivered, (cap, 2, 1_000));
        Add(7, 0, c[0], OrderStatus.Delivered, (boot, 3, 5_000));
        await db.SaveChangesAsync();

        db.Add(new PaymentTransaction
        {
            OrderId = refunded.Id, Kind = PaymentTransactionKind.Capture, Status = PaymentTransactionStatus.Succeeded,
            AmountMinorUnits = refunded.TotalMinorUnits, Currency = "USD", Provider = "test", CreatedAt = now,
        });
        db.Add(new PaymentTransaction
        {
            OrderId = refunded.Id, Kind = PaymentTransactionKind.Refund, Status = PaymentTransactionStatus.Succeeded,
            AmountMinorUnits = 1_500, Currency = "USD", Provider = "test", CreatedAt = now.AddDays(10),
        });
        refunded.PaymentStatus = PaymentStatus.PartiallyRefunded;
        await db.SaveChangesAsync();

        // The earnings ledger of the paid order: a sale entry at a category rate other than the vendor's default
        // (12 %) plus a fixed fee, and the refund's reversal — the leaderboard's commission must be what is booked.
        var line = refunded.Lines[0];
        var capture = await db.PaymentTransactions.Where(p => p.OrderId == refunded.Id).OrderBy(p => p.Id).Select(p => p.Id).ToListAsync();
        db.AddRange(
            Earning(line, capture[0], VendorEarningKind.Sale, $"sale:{line.Id}", gross: 5_000, commission: 600, fee: 30),
            Earning(line, capture[1], VendorEarningKind.Refund, $"refund:{capture[1]}:{line.Id}", gross: -1_364, commission: -164, fee: 0));
        await db.SaveChangesAsync();

        await this.CreateVendorUserAsync(vendors[0].Id, "dashboard@vendor-a.example.com");
        var session = await this.SignInVendorUserAsync("dashboard@vendor-a.example.com");
        return new DashboardRows(vendors[0].Id, vendors[1].Id, cap.Variants[0].Id, session.AccessToken);
    }

    private static VendorEarning Earning(OrderLine line, int paymentId, VendorEarningKind kind, string key, long gross, long commission, long fee) => new()
    {
        VendorId = line.VendorId!.Value, OrderId = line.OrderId, OrderLineId = line.Id, PaymentTransactionId = paymentId, Kind = kind,
        EntryKey = key, Currency = "USD", GrossMinorUnits = gross, RateBasisPoints = 1_200, CommissionMinorUnits = commission,
        FeeMinorUnits = fee, NetMinorUnits = gross - commission - fee, RecordedAt = PeriodStart,
    };

    private static Vendor Vendor(string name, int basisPoints) => new()
    {
        Name = $"Vendor {name}", Slug = $"vendor-{name.ToLowerInvariant()}", Email = $"{name}@vendors.example.com",
        Status = VendorStatus.Approved, DefaultCommissionRateBasisPoints = basisPoints, CreatedAt = PeriodStart, UpdatedAt = PeriodStart,
    };

    private static Product Product(Vendor vendor, Category category, string slug) => new()
    {
        Vendor = vendor, Category = category, Name = slug, Slug = slug, Status = ProductStatus.Active,
        CreatedAt = PeriodStart, UpdatedAt = PeriodStart,
        Variants = [new ProductVariant { Sku = slug.ToUpperInvariant(), Name = "Default", PriceMinorUnits = 1, Currency = "USD", CreatedAt = PeriodStart, UpdatedAt = PeriodStart }],
    };

    private static StockLevel Stock(ProductVariant variant, Warehouse warehouse, int onHand, int reserved) => new()
    {
        VariantId = variant.Id, WarehouseId = warehouse.Id, OnHand = onHand, Reserved = reserved, LowStockThreshold = 5, UpdatedAt = PeriodStart,
    };

    /// <summary>An order whose total is its lines plus 10 % tax and 500 shipping, so totals and line totals differ.</summary>
    private static Order NewOrder(int n, DateTime placedAt, Customer? customer, OrderStatus status, (Product Product, int Quantity, long Price)[] lines)
    {
        var order = new Order
        {
            Number = $"D-{n}", CustomerId = customer?.Id, Email = customer?.Email ?? $"guest{n}@example.com", Currency = "USD",
            Status = status, PlacedAt = placedAt, UpdatedAt = placedAt,
            Lines = lines.Select(l => new OrderLine
            {
                ProductId = l.Product.Id, VariantId = l.Product.Variants[0].Id, VendorId = l.Product.VendorId, Sku = l.Product.Slug,
                ProductName = l.Product.Name, VariantName = "Default", Quantity = l.Quantity, UnitPriceMinorUnits = l.Price,
                LineTotalMinorUnits = l.Quantity * l.Price,
            }).ToList(),
        };
        order.SubtotalMinorUnits = order.Lines.Sum(l => l.LineTotalMinorUnits);
        order.TaxMinorUnits = order.SubtotalMinorUnits / 10;
        order.ShippingMinorUnits = 500;
        order.TotalMinorUnits = order.SubtotalMinorUnits + order.TaxMinorUnits + order.ShippingMinorUnits;
        return order;
    }
}

/// <summary>Database ids of the data set and the vendor user's token (vendor A).</summary>
public sealed record DashboardRows(int VendorA, int VendorB, int CapVariantId, string VendorAToken);
