using System.Globalization;
using System.Security.Claims;

namespace Commerce.Api.Auth;

/// <summary>Builds the <see cref="CommerceClaims"/> of each kind of caller.</summary>
public static class CallerPrincipal
{
    public const string AuthenticationType = "Commerce";

    public static List<Claim> ForApiKey(int apiKeyId, IEnumerable<string> scopes) =>
    [
        new(CommerceClaims.Subject, $"ApiKey:{Id(apiKeyId)}"),
        new(CommerceClaims.CallerKind, CallerKinds.ApiKey),
        new(CommerceClaims.ApiKeyId, Id(apiKeyId)),
        .. Scopes.Granted(scopes).Select(s => new Claim(CommerceClaims.Scope, s)),
    ];

    public static List<Claim> ForCustomer(int customerId) =>
    [
        new(CommerceClaims.Subject, $"Customer:{Id(customerId)}"),
        new(CommerceClaims.CallerKind, CallerKinds.Customer),
        new(CommerceClaims.CustomerId, Id(customerId)),
        new(CommerceClaims.Scope, Scopes.Customer),
    ];

    public static List<Claim> ForVendorUser(int vendorUserId, int vendorId) =>
    [
        new(CommerceClaims.Subject, $"VendorUser:{Id(vendorUserId)}"),
        new(CommerceClaims.CallerKind, CallerKinds.VendorUser),
        new(CommerceClaims.VendorId, Id(vendorId)),
        new(CommerceClaims.Scope, Scopes.Vendor),
    ];

    /// <summary>A guest holding the order access token of the order with database id <paramref name="orderId"/>.</summary>
    public static List<Claim> ForGuestOrder(int orderId) =>
    [
        new(CommerceClaims.Subject, $"GuestOrder:{Id(orderId)}"),
        new(CommerceClaims.CallerKind, CallerKinds.GuestOrder),
        new(CommerceClaims.OrderId, Id(orderId)),
        new(CommerceClaims.Scope, Scopes.Guest),
    ];

    public static ClaimsPrincipal Create(IEnumerable<Claim> claims) =>
        new(new ClaimsIdentity(claims, AuthenticationType, CommerceClaims.Subject, null));

    private static string Id(int id) => id.ToString(CultureInfo.InvariantCulture);
}
