using Commerce.Api.Auth;
using Commerce.Api.Features.Customers;
using Commerce.Domain.Customers;
using Commerce.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Commerce.Api.Rest;

/// <summary><c>/api/v1/customers</c>: list, get, create, patch — through the customer handlers.</summary>
public static class CustomersEndpoints
{
    public static readonly RestList<Customer> List = new RestList<Customer>(c => c.Id, "-createdAt")
        .Filter("email", "Exact email (case-insensitive).", (v, _) => v.Trim().ToLowerInvariant(), e => c => c.Email == e)
        .Filter("acceptsMarketing", "true or false.", RestQueryValues.Bool, b => c => c.AcceptsMarketing == b)
        .Filter("createdAfter", "Created at or after this ISO 8601 time.", RestQueryValues.Date, t => c => c.CreatedAt >= t)
        .Filter("createdBefore", "Created before this ISO 8601 time.", RestQueryValues.Date, t => c => c.CreatedAt < t)
        .Sort("email", c => c.Email).Sort("lastName", c => c.LastName).Sort("createdAt", c => c.CreatedAt).Sort("updatedAt", c => c.UpdatedAt);

    public static void MapTo(RouteGroupBuilder api)
    {
        var customers = api.MapGroup("/customers").WithTags("Customers");
        customers.MapGet("/", ListAsync).RequireScope(Scopes.ReadCustomers).AsList(List).Produces<RestPage<CustomerResource>>()
            .WithSummary("Lists customers, newest first unless sorted.");
        customers.MapGet("/{id}", GetAsync).RequireScope(Scopes.ReadCustomers).AsRead().Produces<CustomerResource>()
            .WithSummary("One customer.");
        customers.MapPost("/", CreateAsync).RequireScope(Scopes.WriteCustomers).AsWrite<CreateCustomerInput>().Produces<CustomerResource>(StatusCodes.Status201Created)
            .WithSummary("Creates a customer (createCustomer); a taken email is 409 ALREADY_EXISTS.");
        customers.MapPatch("/{id}", UpdateAsync).RequireScope(Scopes.WriteCustomers).AsWrite<UpdateCustomerInput>().Produces<CustomerResource>()
            .WithSummary("Changes a customer's profile; left-out fields stay, `null` clears company and phone (updateCustomer).");
    }

    private static Task<IResult> ListAsync(HttpContext http, CommerceDbContext db) =>
        List.PageAsync(http, db.Customers.AsNoTracking(), CustomerResource.From);

    private static async Task<IResult> GetAsync(string id, HttpContext http, CommerceDbContext db)
    {
        var key = RestQueryValues.PathId(id, CustomerType.TypeName);
        return await db.Customers.AsNoTracking().FirstOrDefaultAsync(c => c.Id == key, http.RequestAborted) is { } customer
            ? RestResults.Ok(http, CustomerResource.From(customer))
            : throw RestRequestException.NotFound(CustomerType.TypeName);
    }

    private static async Task<IResult> CreateAsync(HttpContext http, CreateCustomerHandler handler)
    {
        var body = await RestBodyReader.ReadAsync<CreateCustomerInput>(http);
        var payload = await handler.HandleAsync(body.Input, http.RequestAborted);
        return payload.Entity is { } customer
            ? RestResults.Created($"/api/v1/customers/{CustomerResource.From(customer).Id}", CustomerResource.From(customer))
            : RestUserErrors.Result(payload.UserErrors);
    }

    private static async Task<IResult> UpdateAsync(string id, HttpContext http, UpdateCustomerHandler handler)
    {
        var body = await RestBodyReader.ReadAsync<UpdateCustomerInput>(http);
        body.Input.CustomerId = id;
        body.Input.Provided = body.Provided;
        var payload = await handler.HandleAsync(body.Input, http.RequestAborted);
        return payload.Entity is { } customer ? RestResults.Json(CustomerResource.From(customer)) : RestUserErrors.Result(payload.UserErrors, "customerId");
    }
}
