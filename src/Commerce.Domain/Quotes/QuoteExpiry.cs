namespace Commerce.Domain.Quotes;

/// <summary>When a quote counts as expired, whether or not a job has flipped its status yet.</summary>
public static class QuoteExpiry
{
    /// <summary>Still under negotiation: nobody accepted, rejected or withdrew it, and it is not marked expired.</summary>
    public static bool IsOpen(this QuoteStatus status) =>
        status is QuoteStatus.Requested or QuoteStatus.Offered or QuoteStatus.CounterOffered;

    /// <summary>Marked <see cref="QuoteStatus.Expired"/>, or still open with its offer lapsed before <paramref name="utcNow"/>.</summary>
    public static bool IsExpiredAt(this Quote quote, DateTime utcNow) =>
        quote.Status == QuoteStatus.Expired || (quote.Status.IsOpen() && quote.ValidUntil < utcNow);
}
