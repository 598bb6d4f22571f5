namespace Commerce.GraphQL.Server.Authorization;

/// <summary>How the authorization rule reads a caller's scopes from <c>ClaimsPrincipal</c>.</summary>
public sealed class ScopeAuthorizationOptions
{
    /// <summary>Claim type holding scopes: one claim per scope, or one space-separated claim (OAuth style).</summary>
    public string ScopeClaimType { get; set; } = "scope";

    /// <summary>A scope that satisfies every requirement; null for none.</summary>
    public string? SuperScope { get; set; } = "admin";
}
