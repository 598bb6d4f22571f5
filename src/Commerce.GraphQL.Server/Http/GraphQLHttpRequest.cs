using GraphQL;

namespace Commerce.GraphQL.Server.Http;

/// <summary>A well-formed GraphQL-over-HTTP request, as read from a GET query string or a POST body.</summary>
internal sealed record GraphQLHttpRequest(string Query, string? OperationName, Inputs? Variables, Inputs? Extensions);
