using Commerce.Domain.Common;

namespace Commerce.Domain.Identity;

/// <summary>
/// A long-lived, single-use token that buys a new access token. Refreshing rotates it: the old row is revoked and
/// points to its replacement, within one <see cref="FamilyId"/> (the sign-in it descends from). Presenting a
/// rotated token again means it was copied, so the whole family is revoked.
/// </summary>
public class RefreshToken : IEntity
{
    public int Id { get; set; }

    /// <summary>SHA-256 of the token; the token itself is never stored.</summary>
    public required byte[] TokenHash { get; set; }

    /// <summary>Set when a customer signed in.</summary>
    public int? CustomerId { get; set; }

    /// <summary>Set when a vendor user signed in.</summary>
    public int? VendorUserId { get; set; }

    /// <summary>Shared by every token rotated from one sign-in.</summary>
    public Guid FamilyId { get; set; }

    public DateTime CreatedAt { get; set; }
    public DateTime ExpiresAt { get; set; }
    public DateTime? RevokedAt { get; set; }

    /// <summary>The token this one was rotated into.</summary>
    public int? ReplacedById { get; set; }
}
