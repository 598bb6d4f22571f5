using Commerce.Api.Tests.Infrastructure;
using Commerce.Domain.Common;
using Commerce.Domain.Customers;
using Commerce.GraphQL.Server.Relay;
using Microsoft.EntityFrameworkCore;

namespace Commerce.Api.Tests.Features.Access;

/// <summary>
/// The demo shop with two signed-up customers, A and B. Each is given a demo order that has lines, payments and a
/// shipment, a quote with revisions, and an address, so every kind of row a customer owns exists for both.
/// </summary>
public sealed class TwoCustomersShop : CommerceApiFactory
{
    private readonly Lazy<Task<(CustomerRows A, CustomerRows B)>> _customers;

    public TwoCustomersShop() => _customers = new Lazy<Task<(CustomerRows, CustomerRows)>>(SetUpAsync);

    public Task<(CustomerRows A, CustomerRows B)> CustomersAsync() => _customers.Value;

    private async Task<(CustomerRows, CustomerRows)> SetUpAsync() =>
        (await ClaimRowsAsync("isolation-a@example.com", 0), await ClaimRowsAsync("isolation-b@example.com", 1));

    private async Task<CustomerRows> ClaimRowsAsync(string email, int index)
    {
        var customerId = GlobalId.DecodeInt(await this.SignUpCustomerAsync(email), "Customer");
        await using var db = CreateDbContext();
        var order = await db.Orders
            .Where(o => db.Fulfillments.Any(f => f.OrderId == o.Id) && db.PaymentTransactions.Any(p => p.OrderId == o.Id))
            .OrderBy(o => o.Id).Skip(index).FirstAsync();
        var quote = await db.Quotes.Where(q => db.QuoteRevisions.Any(r => r.QuoteId == q.Id)).OrderBy(q => q.Id).Skip(index).FirstAsync();
        var address = new CustomerAddress
        {
            CustomerId = customerId,
            Address = new Address { FirstName = "Iso", LastName = email, Line1 = "1 Main", City = "Cape Town", PostalCode = "8001", CountryCode = "ZA" },
        };
        order.CustomerId = customerId;
        quote.CustomerId = customerId;
        db.CustomerAddresses.Add(address);
        await db.SaveChangesAsync();

        var session = await this.SignInCustomerAsync(email);
        return new CustomerRows(
            customerId, session.AccessToken, order.Id, order.Number, quote.Id, quote.Number, address.Id,
            await db.OrderLines.Where(l => l.OrderId == order.Id).MinAsync(l => l.Id),
            await db.PaymentTransactions.Where(p => p.OrderId == order.Id).MinAsync(p => p.Id),
            await db.Fulfillments.Where(f => f.OrderId == order.Id).MinAsync(f => f.Id),
            await db.QuoteRevisions.Where(r => r.QuoteId == quote.Id).MinAsync(r => r.Id));
    }
}

/// <summary>One customer's session and the database ids of rows that belong to them.</summary>
public sealed record CustomerRows(
    int CustomerId, string Token, int OrderId, string OrderNumber, int QuoteId, string QuoteNumber, int AddressId,
    int OrderLineId, int PaymentId, int FulfillmentId, int QuoteRevisionId)
{
    /// <summary>Global ids of every row of the customer that <c>node</c> can fetch, one per type.</summary>
    public IReadOnlyList<string> NodeIds =>
    [
        GlobalId.Encode("Customer", CustomerId), GlobalId.Encode("CustomerAddress", AddressId), GlobalId.Encode("Order", OrderId),
        GlobalId.Encode("OrderLine", OrderLineId), GlobalId.Encode("PaymentTransaction", PaymentId),
        GlobalId.Encode("Fulfillment", FulfillmentId), GlobalId.Encode("Quote", QuoteId), GlobalId.Encode("QuoteRevision", QuoteRevisionId),
    ];

    public string OrderGlobalId => GlobalId.Encode("Order", OrderId);

    public string QuoteGlobalId => GlobalId.Encode("Quote", QuoteId);
}
