using System.Globalization;
using Commerce.GraphQL.Server.Errors;
using Commerce.GraphQL.Server.Relay;

namespace Commerce.Api.Features.Common.Live;

/// <summary>The opaque <c>cursor</c> of a live event (over the outbox id), and the <c>after:</c> argument that resumes from it.</summary>
public static class EventCursor
{
    private const string TypeName = "Event";

    public static string Encode(long eventId) => GlobalId.Encode(TypeName, eventId);

    public static long Decode(string cursor) =>
        GlobalId.TryDecode(cursor, out var type, out var key) && type == TypeName
            && long.TryParse(key, NumberStyles.None, CultureInfo.InvariantCulture, out var id)
            ? id
            : throw new GraphQLServerError($"'{cursor}' is not an event cursor: pass the cursor of an event this API sent.", ErrorCodes.InvalidCursor);
}
