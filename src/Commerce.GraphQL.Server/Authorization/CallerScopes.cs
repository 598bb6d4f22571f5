using System.Security.Claims;

namespace Commerce.GraphQL.Server.Authorization;

/// <summary>
/// The scopes one caller holds, read from its claims once per request (and only when some requirement asks).
/// A requirement is met when the caller holds any one of its scopes, or the super scope.
/// </summary>
public sealed class CallerScopes
{
    private const string UserContextKey = "Commerce.GraphQL.Server.CallerScopes";

    private readonly ClaimsPrincipal? _user;
    private readonly ScopeAuthorizationOptions _options;
    private HashSet<string>? _scopes;

    public CallerScopes(ClaimsPrincipal? user, ScopeAuthorizationOptions options)
    {
        _user = user;
        _options = options;
        IsAuthenticated = user?.Identity?.IsAuthenticated == true;
    }

    /// <summary>The request's caller, created once and kept in the request's user context.</summary>
    public static CallerScopes For(IDictionary<string, object?> userContext, ClaimsPrincipal? user, ScopeAuthorizationOptions options)
    {
        if (userContext.TryGetValue(UserContextKey, out var value) && value is CallerScopes caller)
        {
            return caller;
        }

        caller = new CallerScopes(user, options);
        userContext[UserContextKey] = caller;
        return caller;
    }

    /// <summary>False for anonymous callers: they meet no requirement at all.</summary>
    public bool IsAuthenticated { get; }

    /// <summary>True when there is no requirement or the caller holds one of <paramref name="anyOf"/> (or the super scope).</summary>
    public bool Satisfies(IReadOnlyList<string>? anyOf)
    {
        if (anyOf is null)
        {
            return true;
        }

        if (!IsAuthenticated)
        {
            return false;
        }

        var scopes = _scopes ??= Read();
        if (_options.SuperScope is { } super && scopes.Contains(super))
        {
            return true;
        }

        foreach (var scope in anyOf)
        {
            if (scopes.Contains(scope))
            {
                return true;
            }
        }

        return false;
    }

    private HashSet<string> Read()
    {
        var scopes = new HashSet<string>(StringComparer.Ordinal);
        foreach (var claim in _user!.FindAll(_options.ScopeClaimType))
        {
            foreach (var scope in claim.Value.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                scopes.Add(scope);
            }
        }

        return scopes;
    }
}
