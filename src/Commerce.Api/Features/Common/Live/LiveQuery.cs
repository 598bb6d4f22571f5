using Commerce.Infrastructure.Events;
using Commerce.Infrastructure.Outbox;
using Commerce.Infrastructure.Persistence;

namespace Commerce.Api.Features.Common.Live;

/// <summary>
/// Which events a subscription wants, said twice: <see cref="Stored"/> as a query over the outbox table (replay and
/// catch-up) and <see cref="Matches"/> over an event on the bus. When <see cref="Stored"/> needs other tables (whose
/// order? which vendor?) <see cref="CheckStored"/> is set and a live event that matches is confirmed against
/// <see cref="Stored"/> by id before it is sent, so both paths deliver the same events. That part of
/// <see cref="Stored"/> must depend only on the aggregate (its answer is remembered per aggregate).
/// </summary>
public sealed record LiveQuery(
    Func<CommerceDbContext, IQueryable<OutboxMessage>> Stored,
    Func<OutboxEvent, bool> Matches,
    bool CheckStored = false);
