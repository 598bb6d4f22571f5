using Commerce.Domain.Common;

namespace Commerce.Domain.Quotes;

/// <summary>
/// A negotiation over prices for a set of lines. The quote's lines hold what was requested; every offer and
/// counter-offer is kept as a numbered <see cref="QuoteRevision"/>, the latest being the terms on the table.
/// </summary>
public partial class Quote : IHasDomainEvents
{
    public int Id { get; set; }

    /// <summary>Human-facing quote number, unique, e.g. "Q-2042".</summary>
    public required string Number { get; set; }

    public int CustomerId { get; set; }
    public int? VendorId { get; set; }
    public QuoteStatus Status { get; set; } = QuoteStatus.Requested;
    public required string Currency { get; set; }
    public DateOnly? RequestedDeliveryDate { get; set; }

    /// <summary>When the current offer lapses; after it the quote expires.</summary>
    public DateTime? ValidUntil { get; set; }

    public string? BuyerNote { get; set; }
    public Address? ShippingAddress { get; set; }
    public Address? BillingAddress { get; set; }

    /// <summary>The order an accepted quote became.</summary>
    public int? OrderId { get; set; }

    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }

    public Customers.Customer? Customer { get; set; }
    public Vendors.Vendor? Vendor { get; set; }
    public Orders.Order? Order { get; set; }
    public List<QuoteLine> Lines { get; set; } = [];
    public List<QuoteRevision> Revisions { get; set; } = [];
}
