using Commerce.Api.Features.Common;
using Commerce.Api.Features.Common.Mutations;
using Commerce.Domain.Customers;
using Commerce.Infrastructure.Persistence;
using GraphQL.Types;

namespace Commerce.Api.Features.Customers;

public sealed class UpdateCustomerAddressInput
{
    public string CustomerAddressId { get; set; } = "";
    public AddressInput? Address { get; set; }
    public bool? IsDefaultShipping { get; set; }
    public bool? IsDefaultBilling { get; set; }
}

public sealed class UpdateCustomerAddressInputType : InputObjectGraphType<UpdateCustomerAddressInput>
{
    public UpdateCustomerAddressInputType()
    {
        Name = "UpdateCustomerAddressInput";
        Description = "Changes to an address book entry. Orders keep their own copies of addresses, so past orders are unaffected.";
        Field<NonNullGraphType<IdGraphType>>("customerAddressId").Description("The address book entry to change.");
        Field<AddressInputType>("address").Description("The new postal address, replacing the old one as a whole.");
        Field<BooleanGraphType>("isDefaultShipping")
            .Description("True makes this the default shipping address. The default cannot be unset with false: make another entry the default instead.");
        Field<BooleanGraphType>("isDefaultBilling")
            .Description("True makes this the default billing address. The default cannot be unset with false: make another entry the default instead.");
    }
}

public sealed class UpdateCustomerAddressPayloadType()
    : EntityPayloadGraphType<CustomerAddressType, CustomerAddress>("updateCustomerAddress", "customerAddress", "The changed address book entry.");

public sealed class UpdateCustomerAddressHandler(CommerceDbContext db, TimeProvider clock)
{
    public async Task<EntityPayload<CustomerAddress>> HandleAsync(UpdateCustomerAddressInput input, CancellationToken cancellationToken)
    {
        var errors = new InputErrors();
        var entry = await db.LookupAsync<CustomerAddress>(errors, input.CustomerAddressId, CustomerAddressType.TypeName, cancellationToken, "customerAddressId");
        var address = input.Address is null ? null : errors.Address(input.Address, "address");
        if (entry is { IsDefaultShipping: true } && input.IsDefaultShipping == false)
        {
            errors.Invalid("This is the default shipping address; make another address the default instead.", "isDefaultShipping");
        }

        if (entry is { IsDefaultBilling: true } && input.IsDefaultBilling == false)
        {
            errors.Invalid("This is the default billing address; make another address the default instead.", "isDefaultBilling");
        }

        if (errors.Any)
        {
            return EntityPayload.Refused<CustomerAddress>(errors);
        }

        var customer = await CustomerAddressBook.LoadAsync(db, entry!.CustomerId, cancellationToken);
        entry.Address = address ?? entry.Address;
        if (input.IsDefaultShipping == true)
        {
            customer.MakeDefaultShipping(entry);
        }

        if (input.IsDefaultBilling == true)
        {
            customer.MakeDefaultBilling(entry);
        }

        customer.UpdatedAt = clock.GetUtcNow().UtcDateTime;
        await db.SaveWithEventAsync(customer, () => CustomerEvents.Of(CustomerEvents.Updated, customer), cancellationToken);
        return EntityPayload.Of(entry);
    }
}
