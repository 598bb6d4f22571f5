namespace Commerce.Domain.Quotes;

/// <summary>What can happen to a quote after it was requested.</summary>
public enum QuoteAction
{
    Offer = 0,
    Counter = 1,
    Accept = 2,
    Reject = 3,
    Withdraw = 4,
    Expire = 5,
}
