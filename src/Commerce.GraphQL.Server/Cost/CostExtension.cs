using System.Text.Json.Serialization;

namespace Commerce.GraphQL.Server.Cost;

/// <summary>What the client reads in <c>extensions.cost</c>.</summary>
internal sealed record CostExtension(
    [property: JsonPropertyName("requestedQueryCost")] int? RequestedQueryCost,
    [property: JsonPropertyName("actualQueryCost")] int? ActualQueryCost,
    [property: JsonPropertyName("throttleStatus")] ThrottleStatusExtension ThrottleStatus)
{
    public static CostExtension From(GraphQLRequestCost cost) => new(cost.RequestedQueryCost, cost.ActualQueryCost, new(
        cost.ThrottleStatus.MaximumAvailable, (int)Math.Floor(cost.ThrottleStatus.CurrentlyAvailable), cost.ThrottleStatus.RestoreRate));
}

/// <summary><c>extensions.cost.throttleStatus</c>; points available are rounded down.</summary>
internal sealed record ThrottleStatusExtension(
    [property: JsonPropertyName("maximumAvailable")] int MaximumAvailable,
    [property: JsonPropertyName("currentlyAvailable")] int CurrentlyAvailable,
    [property: JsonPropertyName("restoreRate")] int RestoreRate);
