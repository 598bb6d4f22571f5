namespace Commerce.Infrastructure.Idempotency;

/// <summary>
/// The stored first result of a mutation called with an idempotency key. Unique per (Scope, CallerSubject, Key),
/// inserted in the same transaction as the mutation's effect, so concurrent duplicates collide on the index.
/// </summary>
public class IdempotencyRecord
{
    public long Id { get; set; }

    /// <summary>The mutation, e.g. "placeOrder".</summary>
    public required string Scope { get; set; }

    /// <summary>Whose key it is ("Customer:5", "ApiKey:2", "anonymous"): two callers' keys never collide.</summary>
    public required string CallerSubject { get; set; }

    public required string Key { get; set; }

    /// <summary>Hex SHA-256 of the canonical input without the key; the same key with another input is refused.</summary>
    public required string RequestHash { get; set; }

    /// <summary>The result to replay, as JSON; null only while the first call is still running in its transaction.</summary>
    public string? ResponseJson { get; set; }

    public DateTime CreatedAt { get; set; }
}
