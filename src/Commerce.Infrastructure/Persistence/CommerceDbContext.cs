using Commerce.Domain.Catalog;
using Commerce.Domain.Customers;
using Commerce.Domain.Fulfillments;
using Commerce.Domain.Identity;
using Commerce.Domain.Inventory;
using Commerce.Domain.Orders;
using Commerce.Domain.Payments;
using Commerce.Domain.Pricing;
using Commerce.Domain.Quotes;
using Commerce.Domain.Vendors;
using Commerce.Domain.Vendors.Economics;
using Commerce.Domain.Webhooks;
using Commerce.Infrastructure.Idempotency;
using Commerce.Infrastructure.Outbox;
using Commerce.Infrastructure.Persistence.Conventions;
using Commerce.Infrastructure.Reporting;
using Commerce.Infrastructure.Webhooks;
using Microsoft.EntityFrameworkCore;

namespace Commerce.Infrastructure.Persistence;

/// <summary>
/// The shop's unit of work. Abstract because each database provider has its own migration set, and EF Core finds
/// migrations by context type: use <see cref="SqliteCommerceDbContext"/> or <see cref="SqlServerCommerceDbContext"/>
/// (or resolve this type from DI, which picks the configured one).
/// </summary>
public abstract class CommerceDbContext(DbContextOptions options) : DbContext(options)
{
    public DbSet<Product> Products => Set<Product>();
    public DbSet<ProductVariant> ProductVariants => Set<ProductVariant>();
    public DbSet<Category> Categories => Set<Category>();
    public DbSet<Warehouse> Warehouses => Set<Warehouse>();
    public DbSet<StockLevel> StockLevels => Set<StockLevel>();
    public DbSet<Customer> Customers => Set<Customer>();
    public DbSet<CustomerAddress> CustomerAddresses => Set<CustomerAddress>();
    public DbSet<Vendor> Vendors => Set<Vendor>();
    public DbSet<Order> Orders => Set<Order>();
    public DbSet<OrderLine> OrderLines => Set<OrderLine>();
    public DbSet<PaymentTransaction> PaymentTransactions => Set<PaymentTransaction>();
    public DbSet<Fulfillment> Fulfillments => Set<Fulfillment>();
    public DbSet<FulfillmentLine> FulfillmentLines => Set<FulfillmentLine>();
    public DbSet<Quote> Quotes => Set<Quote>();
    public DbSet<QuoteLine> QuoteLines => Set<QuoteLine>();
    public DbSet<QuoteRevision> QuoteRevisions => Set<QuoteRevision>();
    public DbSet<QuoteRevisionLine> QuoteRevisionLines => Set<QuoteRevisionLine>();
    public DbSet<ApiKey> ApiKeys => Set<ApiKey>();
    public DbSet<VendorUser> VendorUsers => Set<VendorUser>();
    public DbSet<RefreshToken> RefreshTokens => Set<RefreshToken>();
    public DbSet<SigningSecret> SigningSecrets => Set<SigningSecret>();
    public DbSet<StockMovement> StockMovements => Set<StockMovement>();
    public DbSet<ShippingRate> ShippingRates => Set<ShippingRate>();
    public DbSet<TaxRate> TaxRates => Set<TaxRate>();
    public DbSet<DiscountCode> DiscountCodes => Set<DiscountCode>();
    public DbSet<OutboxMessage> OutboxMessages => Set<OutboxMessage>();
    public DbSet<IdempotencyRecord> IdempotencyRecords => Set<IdempotencyRecord>();
    public DbSet<CategoryCommissionRate> CategoryCommissionRates => Set<CategoryCommissionRate>();
    public DbSet<CommissionTier> CommissionTiers => Set<CommissionTier>();
    public DbSet<VendorEarning> VendorEarnings => Set<VendorEarning>();
    public DbSet<PayoutStatement> PayoutStatements => Set<PayoutStatement>();
    public DbSet<DailySales> DailySales => Set<DailySales>();
    public DbSet<DailyProductSales> DailyProductSales => Set<DailyProductSales>();
    public DbSet<OutboxCursor> OutboxCursors => Set<OutboxCursor>();
    public DbSet<WebhookEndpoint> WebhookEndpoints => Set<WebhookEndpoint>();
    public DbSet<WebhookDelivery> WebhookDeliveries => Set<WebhookDelivery>();
    public DbSet<WebhookAttempt> WebhookAttempts => Set<WebhookAttempt>();
    public DbSet<InboundWebhookEvent> InboundWebhookEvents => Set<InboundWebhookEvent>();

    /// <summary>Saves and, in the same transaction, writes tracked aggregates' domain events to the outbox.</summary>
    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default) =>
        OutboxWriter.SaveWithEventsAsync(this, ct => base.SaveChangesAsync(acceptAllChangesOnSuccess, ct), cancellationToken);

    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(CommerceDbContext).Assembly);

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
        configurationBuilder.Properties<DateTime?>().HaveConversion<UtcDateTimeConverter>();
        EnumsAsStrings.Apply(configurationBuilder);
    }
}
