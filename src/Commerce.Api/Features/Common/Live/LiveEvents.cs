using Commerce.GraphQL.Server.Execution;
using Commerce.Infrastructure.Events;
using Commerce.Infrastructure.Persistence;
using GraphQL;
using Microsoft.EntityFrameworkCore;

namespace Commerce.Api.Features.Common.Live;

/// <summary>Opens live event streams for subscription fields: replay from <c>after:</c>, then live (see <see cref="LiveSubscription"/>).</summary>
public sealed class LiveEvents(IEventBus bus, IDbContextFactory<CommerceDbContext> contexts, LiveEventOptions options, TimeProvider clock)
{
    /// <summary>
    /// Listens, reads what was missed after the <c>after</c> cursor (refusing, as an error on subscribe, a cursor past
    /// the replay bounds) and returns the stream, each event turned into the field's source by <paramref name="project"/>.
    /// </summary>
    public async Task<IObservable<object?>> OpenAsync<T>(
        LiveQuery query, string? after, Func<OutboxEvent, T> project, CancellationToken cancellationToken)
    {
        long? cursor = after is null ? null : EventCursor.Decode(after);
        var subscription = new LiveSubscription(bus, query, options, contexts);
        try
        {
            await subscription.StartAsync(cursor, clock.GetUtcNow().UtcDateTime, cancellationToken);
        }
        catch
        {
            subscription.Dispose();
            throw;
        }

        return new AsyncEnumerableObservable<object?>(token => subscription.ReadAllAsync(token).Select(e => (object?)project(e)));
    }
}

public static class LiveEventsResolveContextExtensions
{
    /// <summary>The <see cref="LiveEvents"/> service, for a subscription field's stream resolver.</summary>
    public static LiveEvents LiveEvents(this IResolveFieldContext context) =>
        context.RequestServices!.GetRequiredService<LiveEvents>();

    /// <summary>The optional <c>after:</c> cursor argument.</summary>
    public static string? After(this IResolveFieldContext context) => context.GetArgument<string?>("after");
}
