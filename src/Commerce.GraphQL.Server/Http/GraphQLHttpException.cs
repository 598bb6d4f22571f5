using Commerce.GraphQL.Server.Errors;
using Microsoft.AspNetCore.Http;

namespace Commerce.GraphQL.Server.Http;

/// <summary>A request refused before execution, with the HTTP status it maps to.</summary>
internal sealed class GraphQLHttpException(int statusCode, string message, string code = ErrorCodes.BadRequest)
    : Exception(message)
{
    public int StatusCode { get; } = statusCode;

    public string Code { get; } = code;

    public string? Allow { get; init; }

    public static GraphQLHttpException BadRequest(string message) => new(StatusCodes.Status400BadRequest, message);
}
