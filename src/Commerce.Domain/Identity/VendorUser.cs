using Commerce.Domain.Common;

namespace Commerce.Domain.Identity;

/// <summary>A person who signs in to act for one vendor: its products, its order lines, its earnings.</summary>
public class VendorUser : IEntity
{
    public int Id { get; set; }
    public int VendorId { get; set; }

    /// <summary>Unique, stored lower-case.</summary>
    public required string Email { get; set; }

    public required string Name { get; set; }

    /// <summary>Password hash in the API's versioned hash format; never the password.</summary>
    public required string PasswordHash { get; set; }

    public DateTime CreatedAt { get; set; }

    /// <summary>When set, the user can no longer sign in or refresh tokens.</summary>
    public DateTime? DisabledAt { get; set; }

    public Vendors.Vendor? Vendor { get; set; }
}
