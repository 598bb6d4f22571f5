using Commerce.Api.Auth;
using Commerce.Domain.Identity;
using Commerce.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Commerce.Api.Features.Identity;

public sealed class SignInVendorUserPayload : SessionPayload
{
    public VendorUser? VendorUser { get; init; }
}

/// <summary>Signs a vendor user in; a disabled user gets the same error as a wrong password.</summary>
public sealed class SignInVendorUserHandler(IDbContextFactory<CommerceDbContext> contexts, PasswordHashing passwords, Sessions sessions)
{
    public async Task<SignInVendorUserPayload> HandleAsync(SignInInput input, CancellationToken cancellationToken)
    {
        var email = IdentityInput.NormalizeEmail(input.Email);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var user = await db.VendorUsers.AsNoTracking().FirstOrDefaultAsync(u => u.Email == email, cancellationToken);
        if (!passwords.Verify(user?.PasswordHash, input.Password) || user is not { DisabledAt: null })
        {
            return new SignInVendorUserPayload { UserErrors = [IdentityInput.WrongCredentials()] };
        }

        var tokens = await sessions.StartAsync(new TokenSubject(null, user.Id), CallerPrincipal.ForVendorUser(user.Id, user.VendorId), cancellationToken);
        return new SignInVendorUserPayload { VendorUser = user, Tokens = tokens };
    }
}
