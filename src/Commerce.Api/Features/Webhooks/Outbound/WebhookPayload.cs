using System.Globalization;
using System.Text.Json.Nodes;
using Commerce.Domain.Webhooks;
using Commerce.GraphQL.Server.Relay;
using Commerce.Infrastructure.Outbox;

namespace Commerce.Api.Features.Webhooks.Outbound;

/// <summary>
/// The JSON body of a webhook: <c>{ id, type, createdAt, data }</c>. <c>id</c> is stable per event ("evt_" + the
/// outbox id), so a receiver can drop duplicates; <c>data</c> is the event's snapshot, led by the object's
/// <c>__typename</c> and global <c>id</c> (the same id string the graph and the REST API use).
/// </summary>
public static class WebhookPayload
{
    public static string For(OutboxMessage message)
    {
        var data = new JsonObject
        {
            ["__typename"] = message.AggregateType,
            ["id"] = GlobalId.Encode(message.AggregateType, message.AggregateId),
        };
        if (JsonNode.Parse(message.Payload) is JsonObject snapshot)
        {
            foreach (var (name, value) in snapshot.ToList())
            {
                if (!data.ContainsKey(name))
                {
                    snapshot.Remove(name);
                    data[name] = value;
                }
            }
        }

        return new JsonObject
        {
            ["id"] = EventIds.Of(message.Id),
            ["type"] = message.Type,
            ["createdAt"] = DateTime.SpecifyKind(message.OccurredAt, DateTimeKind.Utc).ToString("yyyy-MM-ddTHH:mm:ss.fffZ", CultureInfo.InvariantCulture),
            ["data"] = data,
        }.ToJsonString();
    }
}
