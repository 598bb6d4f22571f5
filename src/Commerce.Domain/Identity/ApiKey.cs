using Commerce.Domain.Common;

namespace Commerce.Domain.Identity;

/// <summary>
/// A credential for a machine caller (back office, integration). Only a hash of the key is stored: the full key is
/// shown once, when it is created, and can never be read back.
/// </summary>
public class ApiKey : IEntity
{
    public int Id { get; set; }

    /// <summary>What the key is for, e.g. "Back office".</summary>
    public required string Name { get; set; }

    /// <summary>Public, unique part of the key (shown in lists, used to find the row).</summary>
    public required string Prefix { get; set; }

    /// <summary>SHA-256 of the full key.</summary>
    public required byte[] SecretHash { get; set; }

    /// <summary>Granted scopes (see the API's scope vocabulary).</summary>
    public List<string> Scopes { get; set; } = [];

    public DateTime CreatedAt { get; set; }
    public DateTime? RevokedAt { get; set; }

    /// <summary>Last successful use, written at most about once a minute per key.</summary>
    public DateTime? LastUsedAt { get; set; }

    public bool IsRevoked => RevokedAt is not null;
}
