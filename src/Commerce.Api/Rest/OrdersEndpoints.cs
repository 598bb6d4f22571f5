using Commerce.Api.Auth;
using Commerce.Api.Features.Customers;
using Commerce.Api.Features.Orders;
using Commerce.Domain.Orders;
using Commerce.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Commerce.Api.Rest;

/// <summary><c>/api/v1/orders</c>: list, get and create (placeOrder); changes are in <see cref="OrderChangesEndpoints"/>.</summary>
public static class OrdersEndpoints
{
    public static readonly RestList<Order> List = new RestList<Order>(o => o.Id, "-createdAt")
        .Filter("status", "PLACED, CONFIRMED, PARTIALLY_FULFILLED, FULFILLED, DELIVERED or CANCELLED.", RestQueryValues.Enum<OrderStatus>, s => o => o.Status == s)
        .Filter("paymentStatus", "The payment facet, e.g. PAID.", RestQueryValues.Enum<PaymentStatus>, s => o => o.PaymentStatus == s)
        .Filter("fulfillmentStatus", "The fulfillment facet, e.g. UNFULFILLED.", RestQueryValues.Enum<FulfillmentStatus>, s => o => o.FulfillmentStatus == s)
        .Filter("customerId", "The customer's id.", (v, n) => RestQueryValues.Id(v, CustomerType.TypeName, n), id => o => o.CustomerId == id)
        .Filter("email", "The buyer's email (case-insensitive).", (v, _) => v.Trim().ToLowerInvariant(), e => o => o.Email == e)
        .Filter("createdAfter", "Placed at or after this ISO 8601 time.", RestQueryValues.Date, t => o => o.PlacedAt >= t)
        .Filter("createdBefore", "Placed before this ISO 8601 time.", RestQueryValues.Date, t => o => o.PlacedAt < t)
        .Sort("createdAt", o => o.PlacedAt).Sort("updatedAt", o => o.UpdatedAt).Sort("number", o => o.Number).Sort("total", o => o.TotalMinorUnits);

    public static void MapTo(RouteGroupBuilder api)
    {
        var orders = api.MapGroup("/orders").WithTags("Orders");
        orders.MapGet("/", ListAsync).RequireScope(Scopes.ReadOrders).AsList(List).Produces<RestPage<OrderResource>>()
            .WithSummary("Lists orders, newest first unless sorted.");
        orders.MapGet("/{id}", GetAsync).RequireScope(Scopes.ReadOrders).AsRead().Produces<OrderResource>()
            .WithSummary("One order with its lines.");
        orders.MapPost("/", CreateAsync).RequireScope(Scopes.WriteOrders).AsWrite<PlaceOrderInput>().Produces<OrderResource>(StatusCodes.Status201Created)
            .WithSummary("Places an order at catalogue prices and reserves its stock (placeOrder). Send `Idempotency-Key` to retry safely.");
        OrderChangesEndpoints.MapTo(orders);
    }

    private static Task<IResult> ListAsync(HttpContext http, CommerceDbContext db) =>
        List.PageAsync(http, db.Orders.AsNoTracking().Include(o => o.Lines), OrderResource.From);

    private static async Task<IResult> GetAsync(string id, HttpContext http, CommerceDbContext db) =>
        RestResults.Ok(http, await LoadAsync(db, RestQueryValues.PathId(id, OrderType.TypeName), http.RequestAborted));

    private static async Task<IResult> CreateAsync(HttpContext http, CommerceDbContext db)
    {
        var input = (await RestBodyReader.ReadAsync<PlaceOrderInput>(http)).Input;
        input = input with { IdempotencyKey = IdempotencyHeader.Of(http, input.IdempotencyKey) };
        var outcome = await PlaceOrderHandler.HandleAsync(RestHandlerContext.For(http), input);
        if (outcome.Errors.Count > 0)
        {
            return RestUserErrors.Result(outcome.Errors);
        }

        var order = await LoadAsync(db, outcome.EntityId!.Value, http.RequestAborted);
        return RestResults.Created($"/api/v1/orders/{order.Id}", order);
    }

    /// <summary>The order as it stands now (after a change committed in another context).</summary>
    public static async Task<OrderResource> LoadAsync(CommerceDbContext db, int id, CancellationToken cancellationToken) =>
        await db.Orders.AsNoTracking().Include(o => o.Lines).FirstOrDefaultAsync(o => o.Id == id, cancellationToken) is { } order
            ? OrderResource.From(order)
            : throw RestRequestException.NotFound(OrderType.TypeName);
}
