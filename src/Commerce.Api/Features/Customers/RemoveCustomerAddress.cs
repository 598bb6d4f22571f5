using Commerce.Api.Features.Common.Mutations;
using Commerce.Domain.Customers;
using Commerce.GraphQL.Server.Relay;
using Commerce.Infrastructure.Persistence;
using GraphQL.Types;

namespace Commerce.Api.Features.Customers;

public sealed class RemoveCustomerAddressInput
{
    public string CustomerAddressId { get; set; } = "";
}

public sealed class RemoveCustomerAddressInputType()
    : IdInputGraphType<RemoveCustomerAddressInput>("RemoveCustomerAddressInput", "The address book entry to remove. When it was a default, the oldest remaining entry becomes the default.", "customerAddressId", "The address book entry to remove.");

/// <summary>The removed entry's id and the customer, whose defaults may have moved.</summary>
public sealed class RemoveCustomerAddressPayload : MutationPayload
{
    public Customer? Customer { get; init; }
    public string? DeletedCustomerAddressId { get; init; }
}

public sealed class RemoveCustomerAddressPayloadType : PayloadGraphType<RemoveCustomerAddressPayload>
{
    public RemoveCustomerAddressPayloadType()
        : base("RemoveCustomerAddressPayload", "The result of `removeCustomerAddress`.")
    {
        Field<IdGraphType>("deletedCustomerAddressId").Description("The id of the removed entry; null when the mutation was refused.")
            .Resolve(ctx => ctx.Source.DeletedCustomerAddressId);
        Field<CustomerType>("customer").Description("The customer, with the address book as it is now; null when the mutation was refused.")
            .Resolve(ctx => ctx.Source.Customer);
    }
}

public sealed class RemoveCustomerAddressHandler(CommerceDbContext db, TimeProvider clock)
{
    public async Task<RemoveCustomerAddressPayload> HandleAsync(RemoveCustomerAddressInput input, CancellationToken cancellationToken)
    {
        var errors = new InputErrors();
        var entry = await db.LookupAsync<CustomerAddress>(errors, input.CustomerAddressId, CustomerAddressType.TypeName, cancellationToken, "customerAddressId");
        if (entry is null)
        {
            return new RemoveCustomerAddressPayload { UserErrors = errors.ToList() };
        }

        var customer = await CustomerAddressBook.LoadAsync(db, entry.CustomerId, cancellationToken);
        customer.Addresses.Remove(entry);
        db.CustomerAddresses.Remove(entry);
        customer.KeepDefaults();
        customer.UpdatedAt = clock.GetUtcNow().UtcDateTime;
        await db.SaveWithEventAsync(customer, () => CustomerEvents.Of(CustomerEvents.Updated, customer), cancellationToken);
        return new RemoveCustomerAddressPayload { Customer = customer, DeletedCustomerAddressId = GlobalId.Encode(CustomerAddressType.TypeName, entry.Id) };
    }
}
