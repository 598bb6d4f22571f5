using Commerce.GraphQL.Server.DataLoader;
using Commerce.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Commerce.Api.Features.Orders;

/// <summary>
/// What an order's previous stored event recorded, for an event's <c>previousStatus</c> and friends: the newest event
/// of the same order below the event's cursor. One indexed query per event (an event resolves alone).
/// </summary>
public sealed class PreviousOrderStateLoader(IDbContextFactory<CommerceDbContext> contexts) : BatchDataLoader<OrderEvent, OrderState>
{
    protected override async Task<IReadOnlyDictionary<OrderEvent, OrderState>> LoadBatchAsync(
        IReadOnlyList<OrderEvent> keys, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var states = new Dictionary<OrderEvent, OrderState>();
        foreach (var key in keys)
        {
            var payload = await db.OutboxMessages
                .Where(m => m.AggregateType == OrderEvent.AggregateType && m.AggregateId == key.OrderId && m.Id < key.Event.Id)
                .OrderByDescending(m => m.Id).Select(m => m.Payload).FirstOrDefaultAsync(cancellationToken);
            if (payload is not null)
            {
                states[key] = OrderState.Parse(payload);
            }
        }

        return states;
    }
}
