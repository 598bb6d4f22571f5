using System.Runtime.CompilerServices;
using Commerce.Infrastructure.Events;

namespace Commerce.Api.Features.Common.Live;

/// <summary>
/// Parses an event's payload once however many subscribers receive it: the bus hands the same
/// <see cref="OutboxEvent"/> instance to every local subscriber, so a fan-out to 10,000 parses once, not 10,000 times.
/// </summary>
public static class ParsedEvents<T>
    where T : class
{
    private static readonly ConditionalWeakTable<OutboxEvent, T> Parsed = [];

    public static T Get(OutboxEvent outboxEvent, Func<OutboxEvent, T> parse) =>
        Parsed.GetValue(outboxEvent, e => parse(e));
}
