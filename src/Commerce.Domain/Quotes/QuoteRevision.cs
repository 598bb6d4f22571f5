using Commerce.Domain.Common;

namespace Commerce.Domain.Quotes;

/// <summary>
/// One offer or counter-offer, kept forever: who wrote it, when, and the terms line by line. Revisions are
/// numbered from 1 within their quote.
/// </summary>
public class QuoteRevision : IEntity
{
    public int Id { get; set; }
    public int QuoteId { get; set; }
    public int Number { get; set; }
    public QuoteParty Author { get; set; }

    /// <summary>Who wrote it: a staff member's, vendor user's or buyer's name or email.</summary>
    public required string AuthorName { get; set; }

    /// <summary>The authenticated subject that wrote it, e.g. "Customer:5", "VendorUser:3", "ApiKey:12"; null for seeded history.</summary>
    public string? AuthorSubject { get; set; }

    /// <summary>E.g. "Net 30".</summary>
    public string? PaymentTerms { get; set; }

    public int? LeadTimeDays { get; set; }

    /// <summary>Volume discount off every line, in basis points (500 = 5%); see <see cref="QuotePricing"/>.</summary>
    public int VolumeDiscountBasisPoints { get; set; }
    public DateTime? ValidUntil { get; set; }
    public string? Note { get; set; }
    /// <summary>Σ (quantity × unit price − volume discount) over the lines.</summary>
    public long TotalMinorUnits { get; set; }
    public required string Currency { get; set; }
    public DateTime CreatedAt { get; set; }

    public Quote? Quote { get; set; }
    public List<QuoteRevisionLine> Lines { get; set; } = [];

    public Money Total => new(TotalMinorUnits, Currency);
}
