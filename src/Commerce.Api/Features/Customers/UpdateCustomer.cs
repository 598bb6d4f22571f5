using Commerce.Api.Features.Common.Mutations;
using Commerce.Domain.Customers;
using Commerce.Infrastructure.Persistence;
using GraphQL.Types;

namespace Commerce.Api.Features.Customers;

public sealed class UpdateCustomerInput : PatchInput
{
    public string CustomerId { get; set; } = "";
    public string? Email { get; set; }
    public string? FirstName { get; set; }
    public string? LastName { get; set; }
    public string? Company { get; set; }
    public string? Phone { get; set; }
    public List<string>? Tags { get; set; }
    public bool? AcceptsMarketing { get; set; }
}

public sealed class UpdateCustomerInputType : PatchInputGraphType<UpdateCustomerInput>
{
    public UpdateCustomerInputType()
    {
        Name = "UpdateCustomerInput";
        Description = "Changes to a customer's profile. Fields left out stay as they are; `company: null` and `phone: null` clear them.";
        Field<NonNullGraphType<IdGraphType>>("customerId").Description("The customer to change.");
        Field<StringGraphType>("email").Description("New unique email.");
        Field<StringGraphType>("firstName").Description("New first name.");
        Field<StringGraphType>("lastName").Description("New last name.");
        Field<StringGraphType>("company").Description("New company name; null clears it.");
        Field<StringGraphType>("phone").Description("New phone number; null clears it.");
        Field<ListGraphType<NonNullGraphType<StringGraphType>>>("tags").Description("The new tags, replacing the old ones.");
        Field<BooleanGraphType>("acceptsMarketing").Description("Whether the customer agreed to marketing email.");
    }
}

public sealed class UpdateCustomerPayloadType() : EntityPayloadGraphType<CustomerType, Customer>("updateCustomer", "customer", "The changed customer.");

public sealed class UpdateCustomerHandler(CommerceDbContext db, TimeProvider clock)
{
    public async Task<EntityPayload<Customer>> HandleAsync(UpdateCustomerInput input, CancellationToken cancellationToken)
    {
        var errors = new InputErrors();
        var customer = await db.LookupAsync<Customer>(errors, input.CustomerId, CustomerType.TypeName, cancellationToken, "customerId");
        if (customer is null)
        {
            return EntityPayload.Refused<Customer>(errors);
        }

        var email = input.Email is null ? null : await CustomerFields.EmailAsync(db, errors, input.Email, customer.Id, cancellationToken);
        var firstName = input.FirstName is null ? null : CustomerFields.Name(errors, input.FirstName, "firstName");
        var lastName = input.LastName is null ? null : CustomerFields.Name(errors, input.LastName, "lastName");
        var company = CustomerFields.Company(errors, input.Company);
        var phone = CustomerFields.Phone(errors, input.Phone);
        var tags = input.Tags is null ? null : CustomerFields.Tags(errors, input.Tags);
        if (errors.Any)
        {
            return EntityPayload.Refused<Customer>(errors);
        }

        customer.Email = email ?? customer.Email;
        customer.FirstName = firstName ?? customer.FirstName;
        customer.LastName = lastName ?? customer.LastName;
        customer.Company = input.Has("company") ? company : customer.Company;
        customer.Phone = input.Has("phone") ? phone : customer.Phone;
        customer.Tags = tags ?? customer.Tags;
        customer.AcceptsMarketing = input.AcceptsMarketing ?? customer.AcceptsMarketing;
        customer.UpdatedAt = clock.GetUtcNow().UtcDateTime;
        await db.SaveWithEventAsync(customer, () => CustomerEvents.Of(CustomerEvents.Updated, customer), cancellationToken);
        return EntityPayload.Of(customer);
    }
}
