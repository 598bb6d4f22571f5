using Commerce.Api.Auth;
using Commerce.Api.Features.Common.Mutations;
using Commerce.Api.Features.Customers;
using Commerce.GraphQL.Server.Relay;
using Commerce.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Commerce.Api.Features.Orders;

/// <summary>
/// Who an order is for. A signed-in customer always orders as themselves; staff (write:orders) may name an
/// existing customer; anyone else checks out as a guest with an email.
/// </summary>
internal static class OrderBuyer
{
    public static async Task<(int? CustomerId, string? Email, UserError? Error)> ResolveAsync(
        CommerceDbContext db, Caller caller, PlaceOrderInput input, CancellationToken cancellationToken)
    {
        var named = input.CustomerId is { } id ? GlobalId.DecodeInt(id, CustomerType.TypeName) : (int?)null;
        if (caller.CustomerId is { } own && named is not null && named != own)
        {
            return (null, null, NotFound());
        }

        var customerId = caller.CustomerId ?? (caller.Has(Scopes.WriteOrders) ? named : null);
        if (customerId is null && named is not null)
        {
            return (null, null, UserError.At(UserErrorCode.NotFound, "Only staff may place an order for a customer; sign in or check out as a guest.", "customerId"));
        }

        if (customerId is { } cid)
        {
            var email = await db.Customers.Where(c => c.Id == cid).Select(c => c.Email).FirstOrDefaultAsync(cancellationToken);
            return email is null ? (null, null, NotFound()) : (cid, Normalize(input.Email) ?? email, null);
        }

        return Normalize(input.Email) is { } guest && IsEmail(guest)
            ? (null, guest, null)
            : (null, null, UserError.At(UserErrorCode.InvalidValue, "Guest checkout needs a valid contact email.", "email"));
    }

    private static UserError NotFound() => UserError.At(UserErrorCode.NotFound, "No such customer.", "customerId");

    private static string? Normalize(string? email) => string.IsNullOrWhiteSpace(email) ? null : email.Trim().ToLowerInvariant();

    private static bool IsEmail(string email) =>
        email.Length <= 254 && email.IndexOf('@') is var at && at > 0 && at < email.Length - 1 && !email.Contains(' ');
}
