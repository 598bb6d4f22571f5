using GraphQL.Types;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Commerce.GraphQL.Server.Http;

public static class GraphQLHttpEndpointRouteBuilderExtensions
{
    /// <summary>
    /// Maps the GraphQL-over-HTTP endpoint for <typeparamref name="TSchema"/> (all methods; non GET/POST get 405).
    /// Requires <c>services.AddGraphQL(b =&gt; b.AddSchema&lt;TSchema&gt;().AddSystemTextJson())</c> and
    /// <c>services.AddGraphQLHttp()</c>. Register an IDE for <c>text/html</c> GETs before this endpoint.
    /// </summary>
    public static IEndpointConventionBuilder MapGraphQLHttp<TSchema>(this IEndpointRouteBuilder endpoints, string pattern = "/graphql")
        where TSchema : ISchema
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        return endpoints.Map(pattern, (RequestDelegate)GraphQLHttpHandler<TSchema>.HandleAsync)
            .WithDisplayName("GraphQL " + typeof(TSchema).Name);
    }
}
