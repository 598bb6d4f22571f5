using Commerce.Api.Auth;
using Commerce.Domain.Customers;
using Commerce.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Commerce.Api.Features.Identity;

public sealed class SignInInput
{
    public string Email { get; set; } = "";
    public string Password { get; set; } = "";
}

public sealed class SignInCustomerPayload : SessionPayload
{
    public Customer? Customer { get; init; }
}

/// <summary>
/// Signs a customer in. An unknown email, a customer without a password and a wrong password get the same error,
/// after the same amount of hashing, so the answer does not tell which emails have accounts.
/// </summary>
public sealed class SignInCustomerHandler(IDbContextFactory<CommerceDbContext> contexts, PasswordHashing passwords, Sessions sessions)
{
    public async Task<SignInCustomerPayload> HandleAsync(SignInInput input, CancellationToken cancellationToken)
    {
        var email = IdentityInput.NormalizeEmail(input.Email);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var customer = await db.Customers.AsNoTracking().FirstOrDefaultAsync(c => c.Email == email, cancellationToken);
        if (!passwords.Verify(customer?.PasswordHash, input.Password) || customer is null)
        {
            return new SignInCustomerPayload { UserErrors = [IdentityInput.WrongCredentials()] };
        }

        var tokens = await sessions.StartAsync(new TokenSubject(customer.Id, null), CallerPrincipal.ForCustomer(customer.Id), cancellationToken);
        return new SignInCustomerPayload { Customer = customer, Tokens = tokens };
    }
}
