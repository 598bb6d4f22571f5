using Commerce.Domain.Common;

namespace Commerce.Domain.Customers;

/// <summary>A person or company buyer who places orders and requests quotes.</summary>
public class Customer : IEntity
{
    public int Id { get; set; }

    /// <summary>Unique, stored lower-case.</summary>
    public required string Email { get; set; }

    public required string FirstName { get; set; }
    public required string LastName { get; set; }
    public string? Company { get; set; }
    public string? Phone { get; set; }

    /// <summary>Free-form labels, e.g. "vip", "wholesale".</summary>
    public List<string> Tags { get; set; } = [];

    public bool AcceptsMarketing { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }

    /// <summary>Password hash when the customer signed up with a password; null for guests and imported customers.</summary>
    public string? PasswordHash { get; set; }

    public List<CustomerAddress> Addresses { get; set; } = [];
    public List<Orders.Order> Orders { get; set; } = [];
}
