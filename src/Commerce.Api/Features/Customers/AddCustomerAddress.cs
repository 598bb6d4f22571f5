using Commerce.Api.Features.Common;
using Commerce.Api.Features.Common.Mutations;
using Commerce.Domain.Customers;
using Commerce.Infrastructure.Persistence;
using GraphQL.Types;

namespace Commerce.Api.Features.Customers;

public sealed class AddCustomerAddressInput
{
    public string CustomerId { get; set; } = "";
    public AddressInput Address { get; set; } = new();
    public bool IsDefaultShipping { get; set; }
    public bool IsDefaultBilling { get; set; }
}

public sealed class AddCustomerAddressInputType : InputObjectGraphType<AddCustomerAddressInput>
{
    public AddCustomerAddressInputType()
    {
        Name = "AddCustomerAddressInput";
        Description = "A new entry of a customer's address book. A customer's first address becomes the default for shipping and billing.";
        Field<NonNullGraphType<IdGraphType>>("customerId").Description("The customer whose address book gets the entry.");
        Field<NonNullGraphType<AddressInputType>>("address").Description("The postal address.");
        Field<NonNullGraphType<BooleanGraphType>>("isDefaultShipping").DefaultValue(false).Description("Make this the default shipping address (the previous default stops being it).");
        Field<NonNullGraphType<BooleanGraphType>>("isDefaultBilling").DefaultValue(false).Description("Make this the default billing address (the previous default stops being it).");
    }
}

public sealed class AddCustomerAddressPayloadType()
    : EntityPayloadGraphType<CustomerAddressType, CustomerAddress>("addCustomerAddress", "customerAddress", "The added address book entry.");

public sealed class AddCustomerAddressHandler(CommerceDbContext db, TimeProvider clock)
{
    public async Task<EntityPayload<CustomerAddress>> HandleAsync(AddCustomerAddressInput input, CancellationToken cancellationToken)
    {
        var errors = new InputErrors();
        var found = await db.LookupAsync<Customer>(errors, input.CustomerId, CustomerType.TypeName, cancellationToken, "customerId");
        var address = errors.Address(input.Address, "address");
        if (errors.Any)
        {
            return EntityPayload.Refused<CustomerAddress>(errors);
        }

        var customer = await CustomerAddressBook.LoadAsync(db, found!.Id, cancellationToken);
        var entry = new CustomerAddress { Address = address! };
        customer.Addresses.Add(entry);
        if (input.IsDefaultShipping)
        {
            customer.MakeDefaultShipping(entry);
        }

        if (input.IsDefaultBilling)
        {
            customer.MakeDefaultBilling(entry);
        }

        customer.KeepDefaults();
        customer.UpdatedAt = clock.GetUtcNow().UtcDateTime;
        await db.SaveWithEventAsync(customer, () => CustomerEvents.Of(CustomerEvents.Updated, customer), cancellationToken);
        return EntityPayload.Of(entry);
    }
}
