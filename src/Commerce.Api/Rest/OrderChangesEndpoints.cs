using Commerce.Api.Auth;
using Commerce.Api.Features.Common.Mutations;
using Commerce.Api.Features.Orders;
using Commerce.Domain.Fulfillments;
using Commerce.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Commerce.Api.Rest;

/// <summary>
/// <c>/api/v1/orders/{id}/…</c>: status changes, cancellation and shipments, each through the order mutation's own
/// handler (state machine, expectedVersion, idempotency, stock and payments exactly as in GraphQL).
/// </summary>
public static class OrderChangesEndpoints
{
    private static readonly RestList<Fulfillment> Shipments = new RestList<Fulfillment>(f => f.Id, "createdAt").Sort("createdAt", f => f.CreatedAt);

    public static void MapTo(RouteGroupBuilder orders)
    {
        orders.MapPost("/{id}/status", ChangeStatusAsync).RequireScope(Scopes.WriteOrders).AsWrite<OrderStatusRequest>().Produces<OrderResource>()
            .WithSummary("Moves the order on: `CONFIRMED` (confirmOrder) or `DELIVERED` (markOrderDelivered).");
        orders.MapPost("/{id}/cancel", CancelAsync).RequireScope(Scopes.WriteOrders).AsWrite<CancelOrderRequest>().Produces<OrderResource>()
            .WithSummary("Cancels the order before anything shipped: releases stock, voids or refunds payment (cancelOrder).");
        orders.MapGet("/{id}/fulfillments", ListFulfillmentsAsync).RequireScope(Scopes.ReadOrders).AsList(Shipments).Produces<RestPage<FulfillmentResource>>()
            .WithSummary("The order's shipments, oldest first.");
        orders.MapPost("/{id}/fulfillments", FulfillAsync).RequireScope(Scopes.WriteOrders).AsWrite<CreateFulfillmentRequest>()
            .Produces<FulfillmentResource>(StatusCodes.Status201Created)
            .WithSummary("Ships some or all unshipped units (createFulfillment).");
    }

    private static async Task<IResult> ChangeStatusAsync(string id, HttpContext http, CommerceDbContext db)
    {
        RestQueryValues.PathId(id, OrderType.TypeName);   // a malformed id in the path is a 404, not a malformed request
        var request = (await RestBodyReader.ReadAsync<OrderStatusRequest>(http)).Input;
        var input = new OrderChangeInput { OrderId = id, ExpectedVersion = request.ExpectedVersion };
        var context = RestHandlerContext.For(http);
        var outcome = request.Status?.ToUpperInvariant() switch
        {
            "CONFIRMED" => await ConfirmOrderHandler.HandleAsync(context, input),
            "DELIVERED" => await MarkOrderDeliveredHandler.HandleAsync(context, input),
            _ => throw RestRequestException.Invalid("status",
                "`status` must be CONFIRMED or DELIVERED; fulfil with POST /orders/{id}/fulfillments and cancel with POST /orders/{id}/cancel."),
        };
        return await OrderResultAsync(http, db, outcome);
    }

    private static async Task<IResult> CancelAsync(string id, HttpContext http, CommerceDbContext db)
    {
        RestQueryValues.PathId(id, OrderType.TypeName);   // a malformed id in the path is a 404, not a malformed request
        var request = (await RestBodyReader.ReadAsync<CancelOrderRequest>(http)).Input;
        var outcome = await CancelOrderHandler.HandleAsync(RestHandlerContext.For(http), new CancelOrderInput
        {
            OrderId = id, Reason = request.Reason, ExpectedVersion = request.ExpectedVersion, IdempotencyKey = IdempotencyHeader.Of(http, request.IdempotencyKey),
        });
        return await OrderResultAsync(http, db, outcome);
    }

    private static async Task<IResult> ListFulfillmentsAsync(string id, HttpContext http, CommerceDbContext db)
    {
        var orderId = RestQueryValues.PathId(id, OrderType.TypeName);
        if (!await db.Orders.AnyAsync(o => o.Id == orderId, http.RequestAborted))
        {
            throw RestRequestException.NotFound(OrderType.TypeName);
        }

        return await Shipments.PageAsync(http, db.Fulfillments.AsNoTracking().Include(f => f.Lines).Where(f => f.OrderId == orderId), FulfillmentResource.From);
    }

    private static async Task<IResult> FulfillAsync(string id, HttpContext http, CommerceDbContext db)
    {
        RestQueryValues.PathId(id, OrderType.TypeName);   // a malformed id in the path is a 404, not a malformed request
        var request = (await RestBodyReader.ReadAsync<CreateFulfillmentRequest>(http)).Input;
        var outcome = await CreateFulfillmentHandler.HandleAsync(RestHandlerContext.For(http), new CreateFulfillmentInput
        {
            OrderId = id, Lines = request.Lines, WarehouseId = request.WarehouseId, Carrier = request.Carrier, TrackingNumber = request.TrackingNumber,
            ExpectedVersion = request.ExpectedVersion, IdempotencyKey = IdempotencyHeader.Of(http, request.IdempotencyKey),
        });
        if (outcome.Errors.Count > 0)
        {
            return RestUserErrors.Result(outcome.Errors, "orderId");
        }

        var shipment = await db.Fulfillments.AsNoTracking().Include(f => f.Lines).FirstAsync(f => f.Id == outcome.CreatedId, http.RequestAborted);
        var resource = FulfillmentResource.From(shipment);
        return RestResults.Created($"/api/v1/orders/{resource.OrderId}/fulfillments", resource);
    }

    private static async Task<IResult> OrderResultAsync(HttpContext http, CommerceDbContext db, MutationOutcome outcome) =>
        outcome.Errors.Count > 0
            ? RestUserErrors.Result(outcome.Errors, "orderId")
            : RestResults.Json(await OrdersEndpoints.LoadAsync(db, outcome.EntityId!.Value, http.RequestAborted));
}
