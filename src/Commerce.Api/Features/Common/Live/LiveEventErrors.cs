using Commerce.GraphQL.Server.Errors;

namespace Commerce.Api.Features.Common.Live;

/// <summary>The errors a live subscription ends with (on subscribe, or later as the stream's last message).</summary>
public static class LiveEventErrors
{
    public const string ReplayLimitExceeded = "REPLAY_LIMIT_EXCEEDED";
    public const string CursorExpired = "CURSOR_EXPIRED";
    public const string SubscriberOverflow = "SUBSCRIBER_OVERFLOW";
    public const string NotFound = "NOT_FOUND";

    public static GraphQLServerError ReplayLimit(int limit) => new(
        $"More than {limit:N0} events happened after this cursor, more than a subscription replays: read the current state with a query, then subscribe without `after`.",
        ReplayLimitExceeded);

    public static GraphQLServerError Expired(TimeSpan age) => new(
        $"This cursor is older than {age.TotalHours:0} hours, further back than a subscription replays: read the current state with a query, then subscribe without `after`.",
        CursorExpired);

    public static GraphQLServerError Overflow(int capacity) => new(
        $"The subscriber fell {capacity:N0} events behind and was disconnected; resubscribe with `after:` the last cursor received to catch up.",
        SubscriberOverflow);
}
