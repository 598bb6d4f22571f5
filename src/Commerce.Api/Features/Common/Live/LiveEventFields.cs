using Commerce.Infrastructure.Events;
using GraphQL.Builders;
using GraphQL.Types;

namespace Commerce.Api.Features.Common.Live;

/// <summary>What every live event type and subscription field shares: <c>cursor</c>, <c>type</c>, <c>occurredAt</c> and <c>after:</c>.</summary>
public static class LiveEventFields
{
    public const string AfterDescription = "Resume after this event cursor: first the stored events that came after it (at most 1,000, none older than 24 hours), then live ones.";

    /// <summary>Adds <c>cursor</c>, <c>type</c> (described by <paramref name="types"/>) and <c>occurredAt</c>.</summary>
    public static void AddEventFields<T>(this ObjectGraphType<T> type, Func<T, OutboxEvent> stored, string types)
    {
        type.Field<NonNullGraphType<StringGraphType>>("cursor")
            .Description("Where this event stands in the shop's event sequence. Pass it as `after:` when subscribing again to receive what came after it, with no gap and no duplicate.")
            .Resolve(ctx => EventCursor.Encode(stored(ctx.Source).Id));
        type.Field<NonNullGraphType<StringGraphType>>("type").Description(types).Resolve(ctx => stored(ctx.Source).Type);
        type.Field<NonNullGraphType<DateTimeGraphType>>("occurredAt").Description("When the change was committed (UTC).").Resolve(ctx => stored(ctx.Source).OccurredAt);
    }

    /// <summary>The optional <c>after:</c> cursor argument of a subscription field.</summary>
    public static FieldBuilder<TSource, TReturn> AfterArgument<TSource, TReturn>(this FieldBuilder<TSource, TReturn> field) =>
        field.Argument<StringGraphType>("after", AfterDescription);
}
