using System.Security.Claims;
using Microsoft.AspNetCore.Http;

namespace Commerce.GraphQL.Server.Limits;

/// <summary>
/// Document limits, introspection, query cost and throttling (<c>services.AddGraphQLAuthorizationAndLimits(o =&gt; …)</c>).
/// The numeric properties bind from configuration; see docs/server-layer.md for the cost model.
/// Page sizes come from <see cref="Paging.PagingOptions"/> and the paging cap, so cost and paging never disagree.
/// </summary>
public sealed class GraphQLLimitsOptions
{
    /// <summary>Deepest field nesting of an operation; introspection fields (<c>__schema</c>, <c>__type</c>) are not counted.</summary>
    public int MaxDepth { get; set; } = 15;

    /// <summary>Most aliased fields an operation may select (fragments counted where they are spread).</summary>
    public int MaxAliases { get; set; } = 30;

    /// <summary>Most operations one document may define.</summary>
    public int MaxOperations { get; set; } = 10;

    /// <summary>Largest requested cost of one request; above it nothing executes (<c>MAX_COST_EXCEEDED</c>).</summary>
    public int MaxQueryCost { get; set; } = 1000;

    /// <summary>Size of each caller's bucket of cost points.</summary>
    public int MaximumAvailable { get; set; } = 2000;

    /// <summary>Points restored to a bucket per second.</summary>
    public int RestoreRate { get; set; } = 100;

    /// <summary>Assumed length of a list field without paging arguments and without <c>WithListSize</c>.</summary>
    public int DefaultListSize { get; set; } = 10;

    /// <summary>Cost of each root mutation field (its payload's selections add to it); a field's <c>WithCost</c> overrides it.</summary>
    public int MutationCost { get; set; } = 10;

    /// <summary>Who may select <c>__schema</c> and <c>__type</c>; everyone by default. <c>__typename</c> is always allowed.</summary>
    public Func<ClaimsPrincipal, bool> AllowIntrospection { get; set; } = _ => true;

    /// <summary>
    /// The throttling bucket a request draws from. Default: the <c>sub</c> claim of an authenticated caller, otherwise
    /// <c>"ip:" + remote IP</c> (<c>"anonymous"</c> outside HTTP).
    /// </summary>
    public Func<ClaimsPrincipal?, HttpContext?, string> CallerKey { get; set; } = DefaultCallerKey;

    public static string DefaultCallerKey(ClaimsPrincipal? user, HttpContext? http)
    {
        if (user?.Identity?.IsAuthenticated == true && (user.FindFirst("sub") ?? user.FindFirst(ClaimTypes.NameIdentifier)) is { } sub)
        {
            return sub.Value;
        }

        return http?.Connection.RemoteIpAddress is { } ip ? "ip:" + ip : "anonymous";
    }

    internal void Validate()
    {
        if (MaxQueryCost > MaximumAvailable)
        {
            throw new InvalidOperationException($"MaxQueryCost ({MaxQueryCost}) cannot exceed MaximumAvailable ({MaximumAvailable}): such a request could never run.");
        }

        if (RestoreRate <= 0 || MaxDepth <= 0 || MaxAliases < 0 || MaxOperations <= 0 || DefaultListSize < 0 || MutationCost < 0)
        {
            throw new InvalidOperationException("GraphQL limits must be positive (RestoreRate, MaxDepth, MaxOperations) or non-negative.");
        }
    }
}
