using GraphQL;
using Microsoft.AspNetCore.Http;

namespace Commerce.GraphQL.Server.Http;

/// <summary>Options of the GraphQL-over-HTTP endpoint (<c>services.AddGraphQLHttp(o =&gt; …)</c>).</summary>
public sealed class GraphQLHttpOptions
{
    /// <summary>Largest accepted request body; larger bodies get 413. Default 1 MiB.</summary>
    public long MaxRequestBodyBytes { get; set; } = 1024 * 1024;

    /// <summary>
    /// When true, unexpected exceptions keep their message and carry stack details in <c>extensions</c>.
    /// Set it only in Development; otherwise clients see "Unexpected error." with code <c>INTERNAL_ERROR</c>.
    /// </summary>
    public bool ExposeExceptionDetails { get; set; }

    /// <summary>How many distinct query texts keep their parsed, validated document (0 turns the cache off). Default 1,000.</summary>
    public int DocumentCacheSize { get; set; } = 1000;

    /// <summary>Last chance for the host to adjust each request's <see cref="ExecutionOptions"/> (user context, limits…).</summary>
    public Action<HttpContext, ExecutionOptions>? ConfigureExecution { get; set; }
}
