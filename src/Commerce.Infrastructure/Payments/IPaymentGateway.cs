namespace Commerce.Infrastructure.Payments;

/// <summary>
/// A card processor. Amounts are minor units. Implementations never store or log card numbers; the graph passes
/// the card (token or test number) straight through to <see cref="AuthorizeAsync"/> and keeps only the reference.
/// </summary>
public interface IPaymentGateway
{
    /// <summary>Provider name written on ledger entries, e.g. "test".</summary>
    string Name { get; }

    Task<GatewayResult> AuthorizeAsync(string card, long amount, string currency, string idempotencyReference, CancellationToken cancellationToken = default);

    Task<GatewayResult> CaptureAsync(string authorizationReference, long amount, string currency, string idempotencyReference, CancellationToken cancellationToken = default);

    Task<GatewayResult> VoidAsync(string authorizationReference, string idempotencyReference, CancellationToken cancellationToken = default);

    Task<GatewayResult> RefundAsync(string captureReference, long amount, string currency, string idempotencyReference, CancellationToken cancellationToken = default);
}

/// <summary>Why a gateway refused a transaction.</summary>
public enum GatewayDecline
{
    None = 0,
    Declined = 1,
    InsufficientFunds = 2,
    InvalidCard = 3,
}

/// <summary>A gateway's answer: its reference on success, or the decline and the provider's message.</summary>
public sealed record GatewayResult(bool Succeeded, string? Reference, GatewayDecline Decline, string? Message)
{
    public static GatewayResult Success(string reference) => new(true, reference, GatewayDecline.None, null);

    public static GatewayResult Failure(GatewayDecline decline, string message) => new(false, null, decline, message);
}
