using Commerce.Api.Features.Customers;
using Commerce.Api.Features.Vendors;
using Commerce.Domain.Quotes;
using Commerce.GraphQL.Server.Filtering;
using GraphQL.Types;

namespace Commerce.Api.Features.Quotes;

/// <summary>The allowlist of quote filters.</summary>
public sealed class QuoteFilterInputType : FilterInputType<Quote>
{
    public QuoteFilterInputType()
        : base("QuoteFilterInput", "Conditions on quotes; all given conditions must hold.")
    {
        AllowId("id", QuoteType.TypeName, q => q.Id, "The quote's ID.");
        Allow("number", q => q.Number, "The quote number, e.g. \"Q-2042\".");
        AllowEnum<QuoteStatusType, QuoteStatus>("status", q => q.Status, "The quote's status.");
        AllowId("customer", CustomerType.TypeName, q => q.CustomerId, "The buyer's Customer ID.");
        AllowId("vendor", VendorType.TypeName, q => q.VendorId!.Value, "The Vendor ID the quote is addressed to.");
        AllowComparable<DateTimeGraphType, DateTime>("createdAt", q => q.CreatedAt, "When the quote was requested.");
        AllowComparable<DateTimeGraphType, DateTime?>("validUntil", q => q.ValidUntil, "When the current offer lapses.");
    }
}
