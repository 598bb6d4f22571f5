namespace Commerce.Api.Auth;

/// <summary>Error codes of refusals decided in resolvers (the validation rule uses the server layer's own codes).</summary>
public static class AccessErrorCodes
{
    public const string Forbidden = "FORBIDDEN";
}
