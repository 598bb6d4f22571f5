using Commerce.Api.Features.Common.Mutations;
using Commerce.Domain.Customers;
using Commerce.Infrastructure.Persistence;
using GraphQL.Types;

namespace Commerce.Api.Features.Customers;

public sealed class CreateCustomerInput
{
    public string Email { get; set; } = "";
    public string FirstName { get; set; } = "";
    public string LastName { get; set; } = "";
    public string? Company { get; set; }
    public string? Phone { get; set; }
    public List<string> Tags { get; set; } = [];
    public bool AcceptsMarketing { get; set; }
}

public sealed class CreateCustomerInputType : InputObjectGraphType<CreateCustomerInput>
{
    public CreateCustomerInputType()
    {
        Name = "CreateCustomerInput";
        Description = "A new customer. Addresses are added with addCustomerAddress.";
        Field<NonNullGraphType<StringGraphType>>("email").Description("Unique email; stored lower-case.");
        Field<NonNullGraphType<StringGraphType>>("firstName").Description("First name.");
        Field<NonNullGraphType<StringGraphType>>("lastName").Description("Last name.");
        Field<StringGraphType>("company").Description("Company name for business customers.");
        Field<StringGraphType>("phone").Description("Contact phone number.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("tags").DefaultValue(new List<object>())
            .Description("Free-form labels, e.g. \"vip\"; repeats are dropped.");
        Field<NonNullGraphType<BooleanGraphType>>("acceptsMarketing").DefaultValue(false).Description("Whether the customer agreed to marketing email.");
    }
}

public sealed class CreateCustomerPayloadType() : EntityPayloadGraphType<CustomerType, Customer>("createCustomer", "customer", "The created customer.");

public sealed class CreateCustomerHandler(CommerceDbContext db, TimeProvider clock)
{
    public async Task<EntityPayload<Customer>> HandleAsync(CreateCustomerInput input, CancellationToken cancellationToken)
    {
        var errors = new InputErrors();
        var email = await CustomerFields.EmailAsync(db, errors, input.Email, null, cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        var customer = new Customer
        {
            Email = email ?? "", FirstName = CustomerFields.Name(errors, input.FirstName, "firstName") ?? "",
            LastName = CustomerFields.Name(errors, input.LastName, "lastName") ?? "", Company = CustomerFields.Company(errors, input.Company),
            Phone = CustomerFields.Phone(errors, input.Phone), Tags = CustomerFields.Tags(errors, input.Tags),
            AcceptsMarketing = input.AcceptsMarketing, CreatedAt = now, UpdatedAt = now,
        };
        if (errors.Any)
        {
            return EntityPayload.Refused<Customer>(errors);
        }

        db.Customers.Add(customer);
        await db.SaveWithEventAsync(customer, () => CustomerEvents.Of(CustomerEvents.Created, customer), cancellationToken);
        return EntityPayload.Of(customer);
    }
}
