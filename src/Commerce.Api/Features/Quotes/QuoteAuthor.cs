using Commerce.Api.Auth;
using Commerce.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Commerce.Api.Features.Quotes;

/// <summary>The display name a revision keeps for its author, read from the caller's subject ("Customer:5", "VendorUser:3", "ApiKey:12").</summary>
internal static class QuoteAuthor
{
    public static async Task<string> NameAsync(CommerceDbContext db, Caller caller, CancellationToken ct)
    {
        var (kind, id) = Parse(caller.Subject);
        var name = kind switch
        {
            "Customer" => await db.Customers.Where(c => c.Id == id).Select(c => c.FirstName + " " + c.LastName).FirstOrDefaultAsync(ct),
            "VendorUser" => await db.VendorUsers.Where(u => u.Id == id).Select(u => u.Name + ", " + u.Vendor!.Name).FirstOrDefaultAsync(ct),
            "ApiKey" => await db.ApiKeys.Where(k => k.Id == id).Select(k => k.Name).FirstOrDefaultAsync(ct),
            _ => null,
        };
        return name ?? caller.Subject ?? "unknown";
    }

    private static (string? Kind, int Id) Parse(string? subject) =>
        subject?.Split(':') is [var kind, var id] && int.TryParse(id, out var key) ? (kind, key) : (null, 0);
}
