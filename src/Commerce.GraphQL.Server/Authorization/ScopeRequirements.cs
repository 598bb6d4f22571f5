using GraphQL.Types;

namespace Commerce.GraphQL.Server.Authorization;

/// <summary>
/// Authorization metadata on fields and types. graphql-dotnet only stores metadata; the server layer's
/// authorization validation rule reads it and refuses a document before anything executes.
/// A requirement lists scopes of which the caller must hold at least one (or the super scope, see
/// <see cref="ScopeAuthorizationOptions.SuperScope"/>). A field is checked against its own requirement, the
/// requirement of the type it is declared on and the requirement of the type it returns.
/// </summary>
public static class ScopeRequirements
{
    private const string ScopesKey = "Commerce.Authorization.Scopes";
    private const string PublicKey = "Commerce.Authorization.Public";

    /// <summary>The caller must hold at least one of <paramref name="anyOf"/>.</summary>
    public static T RequireScopes<T>(this T target, params string[] anyOf)
        where T : IMetadataWriter
    {
        if (anyOf.Length == 0)
        {
            throw new ArgumentException("Name at least one scope.", nameof(anyOf));
        }

        target.Metadata[ScopesKey] = anyOf;
        return target;
    }

    /// <summary>
    /// Declares, on purpose, that anyone may select this field, anonymous callers included (the public catalogue).
    /// Types it returns may still carry their own requirement.
    /// </summary>
    public static T AllowPublic<T>(this T target)
        where T : IMetadataWriter
    {
        target.Metadata[PublicKey] = true;
        return target;
    }

    /// <summary>The scopes of which a caller needs one, or null when none is required here.</summary>
    public static IReadOnlyList<string>? GetRequiredScopes(this IMetadataReader source) =>
        source.GetMetadata<string[]?>(ScopesKey);

    /// <summary>True when <see cref="AllowPublic{T}"/> was declared.</summary>
    public static bool IsPublic(this IMetadataReader source) => source.GetMetadata(PublicKey, false);

    /// <summary>True when the field or type states its access rule, one way or the other.</summary>
    public static bool DeclaresAccess(this IMetadataReader source) => source.IsPublic() || source.GetRequiredScopes() is not null;
}
