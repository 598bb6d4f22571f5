namespace Commerce.GraphQL.Server.Errors;

/// <summary>The <c>extensions.code</c> values the server layer itself produces.</summary>
public static class ErrorCodes
{
    public const string BadRequest = "BAD_REQUEST";
    public const string RequestTooLarge = "REQUEST_ENTITY_TOO_LARGE";
    public const string UnsupportedMediaType = "UNSUPPORTED_MEDIA_TYPE";
    public const string NotAcceptable = "NOT_ACCEPTABLE";
    public const string MethodNotAllowed = "METHOD_NOT_ALLOWED";
    public const string InternalError = "INTERNAL_ERROR";
    public const string InvalidId = "INVALID_ID";
    public const string TooManyIds = "TOO_MANY_IDS";
    public const string InvalidCursor = "INVALID_CURSOR";
    public const string PageSizeExceeded = "PAGE_SIZE_EXCEEDED";
    public const string InvalidPagingArguments = "INVALID_PAGING_ARGUMENTS";
    public const string InvalidSort = "INVALID_SORT";
    public const string InvalidFilter = "INVALID_FILTER";
    public const string Unauthenticated = "UNAUTHENTICATED";
    public const string Forbidden = "FORBIDDEN";
    public const string IntrospectionDisabled = "INTROSPECTION_DISABLED";
    public const string MaxDepthExceeded = "MAX_DEPTH_EXCEEDED";
    public const string MaxAliasesExceeded = "MAX_ALIASES_EXCEEDED";
    public const string MaxOperationsExceeded = "MAX_OPERATIONS_EXCEEDED";
    public const string MaxCostExceeded = "MAX_COST_EXCEEDED";
    public const string Throttled = "THROTTLED";
}
