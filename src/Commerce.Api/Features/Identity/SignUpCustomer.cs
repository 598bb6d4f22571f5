using Commerce.Api.Auth;
using Commerce.Api.Features.Common.Mutations;
using Commerce.Domain.Customers;
using Commerce.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Commerce.Api.Features.Identity;

public sealed class SignUpCustomerInput
{
    public string Email { get; set; } = "";
    public string Password { get; set; } = "";
    public string FirstName { get; set; } = "";
    public string LastName { get; set; } = "";
}

public sealed class SignUpCustomerPayload : MutationPayload
{
    public Customer? Customer { get; init; }
}

/// <summary>
/// Creates a customer with a password. An email already on file refuses, even for a guest or imported customer
/// without a password: handing that history to whoever types the email would need a proof-of-email flow first.
/// </summary>
public sealed class SignUpCustomerHandler(IDbContextFactory<CommerceDbContext> contexts, PasswordHashing passwords, TimeProvider clock)
{
    public async Task<SignUpCustomerPayload> HandleAsync(SignUpCustomerInput input, CancellationToken cancellationToken)
    {
        var email = IdentityInput.NormalizeEmail(input.Email);
        var errors = new List<UserError>();
        IdentityInput.CheckEmail(errors, email);
        IdentityInput.CheckPassword(errors, input.Password);
        IdentityInput.CheckName(errors, input.FirstName, "firstName");
        IdentityInput.CheckName(errors, input.LastName, "lastName");
        if (errors.Count > 0)
        {
            return new SignUpCustomerPayload { UserErrors = errors };
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (await db.Customers.AnyAsync(c => c.Email == email, cancellationToken))
        {
            return Taken();
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var customer = new Customer
        {
            Email = email,
            FirstName = input.FirstName.Trim(),
            LastName = input.LastName.Trim(),
            PasswordHash = passwords.Hash(input.Password),
            CreatedAt = now,
            UpdatedAt = now,
        };
        db.Customers.Add(customer);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            return Taken();   // lost a race for the same email
        }

        return new SignUpCustomerPayload { Customer = customer };
    }

    private static SignUpCustomerPayload Taken() => new()
    {
        UserErrors = [UserError.At(UserErrorCode.AlreadyExists, "An account with this email already exists.", "email")],
    };
}
