using Commerce.Api.Auth;
using Commerce.Domain.Identity;
using Commerce.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Commerce.Api.Hosting;

/// <summary>
/// Sign-in accounts for the demo shop, so a newcomer can try the customer and vendor views: the first
/// <see cref="CustomerCount"/> customers and one user per vendor (<c>&lt;vendor slug&gt;@vendors.example.com</c>),
/// all with <see cref="Password"/>. The password is hashed once and the hash reused, so this stays cheap.
/// </summary>
public static class DemoAccounts
{
    public const string Password = "demo-password";
    public const string VendorUserDomain = "vendors.example.com";
    public const int CustomerCount = 2;

    public static async Task AddAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var hash = services.GetRequiredService<PasswordHashing>().Hash(Password);
        var now = services.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime;
        await using var db = await services.GetRequiredService<IDbContextFactory<CommerceDbContext>>().CreateDbContextAsync(cancellationToken);
        await db.Customers.Where(c => c.Id <= CustomerCount)
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.PasswordHash, hash), cancellationToken);
        var vendors = await db.Vendors.AsNoTracking().OrderBy(v => v.Id).Select(v => new { v.Id, v.Name, v.Slug }).ToListAsync(cancellationToken);
        db.VendorUsers.AddRange(vendors.Select(v => new VendorUser
        {
            VendorId = v.Id,
            Email = $"{v.Slug}@{VendorUserDomain}",
            Name = $"{v.Name} staff",
            PasswordHash = hash,
            CreatedAt = now,
        }));
        await db.SaveChangesAsync(cancellationToken);
    }
}
