using Commerce.Api.Auth;
using Commerce.Api.Features.Common.Mutations;
using Commerce.Domain.Customers;
using Commerce.GraphQL.Server.Authorization;
using GraphQL.Types;

namespace Commerce.Api.Features.Customers;

/// <summary>Root fields that change customers and their address books (all need write:customers).</summary>
public static class CustomerMutations
{
    public static void AddTo(ObjectGraphType mutation)
    {
        mutation.MutationField<CreateCustomerInputType, CreateCustomerPayloadType, CreateCustomerInput, EntityPayload<Customer>>(
            "createCustomer", "Creates a customer with a unique email.",
            (ctx, input) => ctx.Handler<CreateCustomerHandler>().HandleAsync(input, ctx.CancellationToken)).RequireScopes(Scopes.WriteCustomers);
        mutation.MutationField<UpdateCustomerInputType, UpdateCustomerPayloadType, UpdateCustomerInput, EntityPayload<Customer>>(
            "updateCustomer", "Changes a customer's profile; fields left out stay as they are.",
            (ctx, input) => ctx.Handler<UpdateCustomerHandler>().HandleAsync(input, ctx.CancellationToken)).RequireScopes(Scopes.WriteCustomers);
        mutation.MutationField<AddCustomerAddressInputType, AddCustomerAddressPayloadType, AddCustomerAddressInput, EntityPayload<CustomerAddress>>(
            "addCustomerAddress", "Adds an entry to a customer's address book.",
            (ctx, input) => ctx.Handler<AddCustomerAddressHandler>().HandleAsync(input, ctx.CancellationToken)).RequireScopes(Scopes.WriteCustomers);
        mutation.MutationField<UpdateCustomerAddressInputType, UpdateCustomerAddressPayloadType, UpdateCustomerAddressInput, EntityPayload<CustomerAddress>>(
            "updateCustomerAddress", "Changes an address book entry or makes it a default.",
            (ctx, input) => ctx.Handler<UpdateCustomerAddressHandler>().HandleAsync(input, ctx.CancellationToken)).RequireScopes(Scopes.WriteCustomers);
        mutation.MutationField<RemoveCustomerAddressInputType, RemoveCustomerAddressPayloadType, RemoveCustomerAddressInput, RemoveCustomerAddressPayload>(
            "removeCustomerAddress", "Removes an address book entry; past orders keep their copies.",
            (ctx, input) => ctx.Handler<RemoveCustomerAddressHandler>().HandleAsync(input, ctx.CancellationToken)).RequireScopes(Scopes.WriteCustomers);
    }
}
