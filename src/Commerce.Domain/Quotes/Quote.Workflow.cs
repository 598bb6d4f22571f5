using Commerce.Domain.Common;

namespace Commerce.Domain.Quotes;

/// <summary>
/// The quote's steps: each checks <see cref="QuoteWorkflow"/> (handlers check first and answer with a user error;
/// here a refused step throws), moves the status and raises a quote.* event for the outbox.
/// </summary>
public partial class Quote
{
    private readonly List<DomainEvent> _events = [];

    public IReadOnlyList<DomainEvent> DomainEvents => _events;

    public void ClearDomainEvents() => _events.Clear();

    /// <summary>Records a freshly built request.</summary>
    public void Request(DateTime now)
    {
        Status = QuoteStatus.Requested;
        CreatedAt = UpdatedAt = now;
        Raise(QuoteEvents.Requested);
    }

    /// <summary>
    /// Adds an offer (seller) or counter-offer (buyer) as the next numbered revision; <see cref="Revisions"/> must be
    /// loaded. The revision's validity becomes the quote's.
    /// </summary>
    public void AddRevision(QuoteRevision revision, DateTime now)
    {
        var offer = revision.Author == QuoteParty.Seller;
        Ensure(offer ? QuoteAction.Offer : QuoteAction.Counter, now);
        revision.Number = Revisions.Count == 0 ? 1 : Revisions.Max(r => r.Number) + 1;
        revision.Currency = Currency;
        revision.CreatedAt = now;
        revision.TotalMinorUnits = QuotePricing.Total(revision);
        Revisions.Add(revision);
        Status = offer ? QuoteStatus.Offered : QuoteStatus.CounterOffered;
        ValidUntil = revision.ValidUntil;
        Touch(now, offer ? QuoteEvents.Offered : QuoteEvents.Countered, new { revision = revision.Number, totalMinorUnits = revision.TotalMinorUnits });
    }

    /// <summary>Accepts the offer on the table; <paramref name="order"/> is the order it became, placed in the same unit of work.</summary>
    public void Accept(Orders.Order order, int revisionNumber, DateTime now)
    {
        Ensure(QuoteAction.Accept, now);
        Status = QuoteStatus.Accepted;
        Order = order;
        OrderId = order.Id;
        Touch(now, QuoteEvents.Accepted, new { revision = revisionNumber, orderId = order.Id, orderNumber = order.Number });
    }

    public void Reject(QuoteParty by, string? reason, DateTime now)
    {
        Ensure(QuoteAction.Reject, now);
        Status = QuoteStatus.Rejected;
        Touch(now, QuoteEvents.Rejected, new { by = by.ToString(), reason });
    }

    public void Withdraw(string? reason, DateTime now)
    {
        Ensure(QuoteAction.Withdraw, now);
        Status = QuoteStatus.Withdrawn;
        Touch(now, QuoteEvents.Withdrawn, new { reason });
    }

    /// <summary>Marks an open quote whose offer lapsed before <paramref name="now"/> as expired.</summary>
    public void Expire(DateTime now)
    {
        Ensure(QuoteAction.Expire, now);
        Status = QuoteStatus.Expired;
        Touch(now, QuoteEvents.Expired);
    }

    private void Ensure(QuoteAction action, DateTime now)
    {
        if (QuoteWorkflow.Refusal(this, action, now) is { } reason)
        {
            throw new InvalidOperationException(reason);
        }
    }

    private void Touch(DateTime now, string type, object? detail = null)
    {
        UpdatedAt = now;
        Raise(type, detail);
    }

    private void Raise(string type, object? detail = null) => _events.Add(new DomainEvent(type, nameof(Quote), new
    {
        Number,
        status = Status.ToString(),
        customerId = CustomerId,
        vendorId = VendorId,
        validUntil = ValidUntil,
        Currency,
        detail,
    }));
}
