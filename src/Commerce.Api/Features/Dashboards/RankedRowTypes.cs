using Commerce.Api.Features.Catalog;
using Commerce.Api.Features.Common;
using Commerce.Api.Features.Vendors;
using Commerce.Api.Graph;
using Commerce.Domain.Catalog;
using Commerce.Domain.Common;
using Commerce.Domain.Vendors;
using GraphQL.Types;

namespace Commerce.Api.Features.Dashboards;

/// <summary><c>ProductSales</c>: a row of <c>topProducts</c>.</summary>
public sealed class ProductSalesType : ObjectGraphType<SellerTotals>
{
    public ProductSalesType()
    {
        Name = "ProductSales";
        Description = "A product's sales in the period.";
        Field<ProductType>("product").Description("The product; null for lines whose product has since been deleted.")
            .Resolve(ctx => ctx.LoadById<Product>(ctx.Source.Id));
        SellerFields.Add(this);
    }
}

/// <summary><c>CategorySales</c>: a row of <c>topCategories</c>.</summary>
public sealed class CategorySalesType : ObjectGraphType<SellerTotals>
{
    public CategorySalesType()
    {
        Name = "CategorySales";
        Description = "A category's sales in the period (its own products, not its subcategories').";
        Field<CategoryType>("category").Description("The category; null for products without one (or deleted products).")
            .Resolve(ctx => ctx.LoadById<Category>(ctx.Source.Id));
        SellerFields.Add(this);
    }
}

internal static class SellerFields
{
    public static void Add(ObjectGraphType<SellerTotals> type)
    {
        type.Field<NonNullGraphType<MoneyType>>("revenue").Description("Line totals (quantity × unit price − discount, before tax).")
            .Resolve(ctx => new Money(ctx.Source.Revenue, ctx.Source.Currency));
        type.Field<NonNullGraphType<LongGraphType>>("units").Description("Units sold.").Resolve(ctx => ctx.Source.Units);
    }
}

/// <summary><c>LowStockVariant</c>.</summary>
public sealed class LowStockVariantType : ObjectGraphType<LowStockVariant>
{
    public LowStockVariantType()
    {
        Name = "LowStockVariant";
        Description = "A variant whose units available across all warehouses are below the sum of their low-stock thresholds (now, whatever the period).";
        Field<NonNullGraphType<ProductVariantType>>("variant").Description("The variant.").Resolve(ctx => ctx.LoadById<ProductVariant>(ctx.Source.VariantId));
        Field<NonNullGraphType<LongGraphType>>("available").Description("Units on hand less units reserved, over all warehouses.").Resolve(ctx => ctx.Source.Available);
        Field<NonNullGraphType<LongGraphType>>("threshold").Description("The summed low-stock thresholds.").Resolve(ctx => ctx.Source.Threshold);
    }
}

/// <summary><c>VendorPerformance</c>: a row of the vendor leaderboard.</summary>
public sealed class VendorPerformanceType : ObjectGraphType<VendorPerformance>
{
    public VendorPerformanceType()
    {
        Name = "VendorPerformance";
        Description = "A vendor's sales in the period. Commission uses the vendor's default rate only (not per-category rates or tiers).";
        Field<NonNullGraphType<VendorType>>("vendor").Description("The vendor.").Resolve(ctx => ctx.LoadById<Vendor>(ctx.Source.VendorId));
        Field<NonNullGraphType<MoneyType>>("gmv").Description("Gross merchandise value: the vendor's line totals before tax on the period's sales.").Resolve(ctx => new Money(ctx.Source.Gmv, ctx.Source.Currency));
        Field<NonNullGraphType<MoneyType>>("commission").Description("GMV × the vendor's default commission rate, rounded half away from zero.").Resolve(ctx => new Money(ctx.Source.Commission, ctx.Source.Currency));
        Field<NonNullGraphType<MoneyType>>("net").Description("GMV less commission.").Resolve(ctx => new Money(ctx.Source.Net, ctx.Source.Currency));
        Field<NonNullGraphType<LongGraphType>>("orders").Description("Orders with the vendor's lines.").Resolve(ctx => ctx.Source.Orders);
        Field<NonNullGraphType<FloatGraphType>>("refundRatePercent").Description("Share of those orders with a refund in the payment ledger (payment status REFUNDED or PARTIALLY_REFUNDED), in percent with two decimals.").Resolve(ctx => ctx.Source.RefundRatePercent);
    }
}

/// <summary><c>CustomerSegment</c>: an RFM segment's size.</summary>
public sealed class CustomerSegmentType : ObjectGraphType<CustomerSegment>
{
    public CustomerSegmentType()
    {
        Name = "CustomerSegment";
        Description = "The registered customers who bought in the period and fall into one RFM segment.";
        Field<NonNullGraphType<RfmSegmentType>>("segment").Description("The segment.").Resolve(ctx => ctx.Source.Segment);
        Field<NonNullGraphType<LongGraphType>>("customers").Description("Customers in the segment.").Resolve(ctx => ctx.Source.Customers);
        Field<NonNullGraphType<MoneyType>>("revenue").Description("Their spend in the period (order totals; a vendor's line totals).").Resolve(ctx => new Money(ctx.Source.Monetary, ctx.Source.Currency));
        Field<NonNullGraphType<FloatGraphType>>("averageRecencyScore").Description("Average recency score, 1–5 (5 = bought most recently).").Resolve(ctx => ctx.Source.Recency);
        Field<NonNullGraphType<FloatGraphType>>("averageFrequencyScore").Description("Average frequency score, 1–5 (5 = most orders).").Resolve(ctx => ctx.Source.Frequency);
        Field<NonNullGraphType<FloatGraphType>>("averageMonetaryScore").Description("Average monetary score, 1–5 (5 = highest spend).").Resolve(ctx => ctx.Source.MonetaryScore);
    }
}
