using Commerce.Api.Auth;
using Commerce.Api.Features.Common.Mutations;
using Commerce.Api.Features.Vendors;
using Commerce.Domain.Identity;
using Commerce.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Commerce.Api.Features.Identity;

public sealed class CreateVendorUserInput
{
    public string VendorId { get; set; } = "";
    public string Email { get; set; } = "";
    public string Name { get; set; } = "";
    public string Password { get; set; } = "";
}

public sealed class CreateVendorUserPayload : MutationPayload
{
    public VendorUser? VendorUser { get; init; }
}

/// <summary>Creates a user who signs in to act for one vendor.</summary>
public sealed class CreateVendorUserHandler(IDbContextFactory<CommerceDbContext> contexts, PasswordHashing passwords, TimeProvider clock)
{
    public async Task<CreateVendorUserPayload> HandleAsync(CreateVendorUserInput input, CancellationToken cancellationToken)
    {
        var email = IdentityInput.NormalizeEmail(input.Email);
        var errors = new List<UserError>();
        IdentityInput.CheckEmail(errors, email);
        IdentityInput.CheckPassword(errors, input.Password);
        IdentityInput.CheckName(errors, input.Name, "name");
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var vendorId = IdentityInput.DecodeId(input.VendorId, VendorType.TypeName);
        if (vendorId is null || !await db.Vendors.AnyAsync(v => v.Id == vendorId, cancellationToken))
        {
            errors.Add(UserError.At(UserErrorCode.NotFound, "No vendor has this ID.", "vendorId"));
        }

        if (errors.Count == 0 && await db.VendorUsers.AnyAsync(u => u.Email == email, cancellationToken))
        {
            errors.Add(UserError.At(UserErrorCode.AlreadyExists, "A vendor user with this email already exists.", "email"));
        }

        if (errors.Count > 0)
        {
            return new CreateVendorUserPayload { UserErrors = errors };
        }

        var user = new VendorUser
        {
            VendorId = vendorId!.Value,
            Email = email,
            Name = input.Name.Trim(),
            PasswordHash = passwords.Hash(input.Password),
            CreatedAt = clock.GetUtcNow().UtcDateTime,
        };
        db.VendorUsers.Add(user);
        await db.SaveChangesAsync(cancellationToken);
        return new CreateVendorUserPayload { VendorUser = user };
    }
}
