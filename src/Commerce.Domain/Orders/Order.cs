using Commerce.Domain.Common;

namespace Commerce.Domain.Orders;

/// <summary>
/// A customer's order. Totals are stored in minor units of <see cref="Currency"/>; lines keep a snapshot of the
/// price and names at the time of purchase, and the addresses are copies, so later catalogue or address-book
/// edits never rewrite history.
/// </summary>
public partial class Order : IHasDomainEvents
{
    public int Id { get; set; }

    /// <summary>Human-facing order number, unique, e.g. "CG-100042".</summary>
    public required string Number { get; set; }

    public int? CustomerId { get; set; }

    /// <summary>Contact email; guests have no customer record.</summary>
    public required string Email { get; set; }

    public OrderStatus Status { get; set; } = OrderStatus.Placed;
    public PaymentStatus PaymentStatus { get; set; } = PaymentStatus.Pending;
    public FulfillmentStatus FulfillmentStatus { get; set; } = FulfillmentStatus.Unfulfilled;

    public required string Currency { get; set; }
    public long SubtotalMinorUnits { get; set; }
    public long DiscountMinorUnits { get; set; }
    public long ShippingMinorUnits { get; set; }
    public long TaxMinorUnits { get; set; }
    public long TotalMinorUnits { get; set; }
    public string? DiscountCode { get; set; }
    public string? ShippingMethod { get; set; }

    public SalesChannel SourceChannel { get; set; } = SalesChannel.Web;

    /// <summary>The id the order has in the channel it came from (e.g. a marketplace order number).</summary>
    public string? ExternalId { get; set; }

    public Address? ShippingAddress { get; set; }
    public Address? BillingAddress { get; set; }
    public string? Note { get; set; }

    /// <summary>
    /// Optimistic concurrency token: starts at 1 and grows by one with every change, so two back-office users
    /// working from the same version cannot silently overwrite each other.
    /// </summary>
    public int Version { get; set; } = 1;

    public DateTime PlacedAt { get; set; }
    public DateTime UpdatedAt { get; set; }
    public DateTime? ConfirmedAt { get; set; }
    public DateTime? CancelledAt { get; set; }
    public string? CancelReason { get; set; }
    public DateTime? DeliveredAt { get; set; }

    public Customers.Customer? Customer { get; set; }
    public List<OrderLine> Lines { get; set; } = [];
    public List<Payments.PaymentTransaction> Payments { get; set; } = [];
    public List<Fulfillments.Fulfillment> Fulfillments { get; set; } = [];

    public Money Subtotal => new(SubtotalMinorUnits, Currency);
    public Money Discount => new(DiscountMinorUnits, Currency);
    public Money Shipping => new(ShippingMinorUnits, Currency);
    public Money Tax => new(TaxMinorUnits, Currency);
    public Money Total => new(TotalMinorUnits, Currency);
}
