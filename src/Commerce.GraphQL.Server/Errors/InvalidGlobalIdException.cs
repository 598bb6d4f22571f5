namespace Commerce.GraphQL.Server.Errors;

/// <summary>A global id that is malformed or names another type than the one expected (code <c>INVALID_ID</c>).</summary>
public sealed class InvalidGlobalIdException : GraphQLServerError
{
    public InvalidGlobalIdException(string message)
        : base(message, ErrorCodes.InvalidId)
    {
    }

    public static InvalidGlobalIdException For(string? expectedTypeName) => new(expectedTypeName is null
        ? "The value is not a valid ID."
        : $"The value is not a valid {expectedTypeName} ID.");
}
