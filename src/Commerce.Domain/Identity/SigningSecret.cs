namespace Commerce.Domain.Identity;

/// <summary>
/// A generated secret the API keeps in its database when none is configured (the JWT signing key of the embedded
/// default), so restarts and every instance on the same database agree on it. See docs/decisions/0006.
/// </summary>
public class SigningSecret
{
    /// <summary>What the secret is for, e.g. "jwt".</summary>
    public required string Name { get; set; }

    public required byte[] Value { get; set; }

    public DateTime CreatedAt { get; set; }
}
