using System.Globalization;
using System.Security.Claims;

namespace Commerce.Api.Auth;

/// <summary>Who is asking, read once from the request's <see cref="ClaimsPrincipal"/> for row-level checks.</summary>
public sealed class Caller
{
    public static readonly Caller Anonymous = new(null, null, null, null, null, new HashSet<string>(StringComparer.Ordinal));

    private readonly HashSet<string> _scopes;

    private Caller(string? subject, string? kind, int? customerId, int? vendorId, int? orderId, HashSet<string> scopes)
    {
        Subject = subject;
        Kind = kind;
        CustomerId = customerId;
        VendorId = vendorId;
        OrderId = orderId;
        _scopes = scopes;
    }

    /// <summary>"ApiKey:12", "Customer:5", "VendorUser:3", "GuestOrder:7"; null when anonymous.</summary>
    public string? Subject { get; }

    /// <summary>A <see cref="CallerKinds"/> value; null when anonymous.</summary>
    public string? Kind { get; }

    /// <summary>The signed-in customer's id, when a customer is calling.</summary>
    public int? CustomerId { get; }

    /// <summary>The vendor a vendor user acts for.</summary>
    public int? VendorId { get; }

    /// <summary>The one order a guest's order access token opens.</summary>
    public int? OrderId { get; }

    public bool IsAnonymous => Subject is null;

    /// <summary>True when the caller holds <paramref name="scope"/> or <see cref="Scopes.Admin"/>.</summary>
    public bool Has(string scope) => _scopes.Contains(scope) || _scopes.Contains(Scopes.Admin);

    public static Caller From(ClaimsPrincipal? user)
    {
        if (user?.Identity?.IsAuthenticated != true)
        {
            return Anonymous;
        }

        var scopes = new HashSet<string>(
            user.FindAll(CommerceClaims.Scope).SelectMany(c => c.Value.Split(' ', StringSplitOptions.RemoveEmptyEntries)),
            StringComparer.Ordinal);
        return new Caller(
            user.FindFirstValue(CommerceClaims.Subject),
            user.FindFirstValue(CommerceClaims.CallerKind),
            ParseId(user.FindFirstValue(CommerceClaims.CustomerId)),
            ParseId(user.FindFirstValue(CommerceClaims.VendorId)),
            ParseId(user.FindFirstValue(CommerceClaims.OrderId)),
            scopes);
    }

    private static int? ParseId(string? value) =>
        int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : null;
}
