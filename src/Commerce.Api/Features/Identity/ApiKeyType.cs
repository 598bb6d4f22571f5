using Commerce.Api.Auth;
using Commerce.Domain.Identity;
using Commerce.GraphQL.Server.Authorization;
using Commerce.GraphQL.Server.Relay;
using GraphQL.Types;

namespace Commerce.Api.Features.Identity;

/// <summary>An API key as admins see it: never its secret or hash.</summary>
public sealed class ApiKeyType : ObjectGraphType<ApiKey>
{
    public const string TypeName = "ApiKey";

    public ApiKeyType()
    {
        Name = TypeName;
        Description = "A credential for a machine caller. The secret is shown once, by `createApiKey`, and cannot be read back.";
        this.RequireScopes(Scopes.Admin);
        this.ImplementsNode(TypeName, k => k.Id);
        Field(k => k.Name).Description("What the key is for.");
        Field(k => k.Prefix).Description("The key's public identifier: the 8 characters after `cgk_`, to recognise it in lists.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ApiScopeType>>>>("scopes")
            .Description("What the key may do.").Resolve(ctx => ctx.Source.Scopes);
        Field(k => k.CreatedAt).Description("When the key was created (UTC).");
        Field(k => k.LastUsedAt, nullable: true).Description("When the key was last used (UTC, to within about a minute); null if never.");
        Field(k => k.RevokedAt, nullable: true).Description("When the key was revoked (UTC); null while it works.");
    }
}
