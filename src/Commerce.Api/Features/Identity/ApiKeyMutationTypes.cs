using GraphQL.Types;
using Commerce.Api.Features.Common.Mutations;

namespace Commerce.Api.Features.Identity;

public sealed class CreateApiKeyInputType : InputObjectGraphType<CreateApiKeyInput>
{
    public CreateApiKeyInputType()
    {
        Name = "CreateApiKeyInput";
        Description = "A new API key.";
        Field(i => i.Name).Description("What the key is for, e.g. \"Back office\" (at most 200 characters).");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ApiScopeType>>>>("scopes").Description("What the key may do; at least one.");
    }
}

public sealed class CreateApiKeyPayloadType : PayloadGraphType<CreateApiKeyPayload>
{
    public CreateApiKeyPayloadType()
        : base("CreateApiKeyPayload", "The result of `createApiKey`.")
    {
        Field<ApiKeyType>("apiKey").Description("The new key; null when refused.").Resolve(ctx => ctx.Source.ApiKey);
        Field<StringGraphType>("secret")
            .Description("The full key, shown this once: store it now, it cannot be read back. Send it as `Authorization: Bearer <key>`.")
            .Resolve(ctx => ctx.Source.Secret);
    }
}

public sealed class RevokeApiKeyInputType : InputObjectGraphType<RevokeApiKeyInput>
{
    public RevokeApiKeyInputType()
    {
        Name = "RevokeApiKeyInput";
        Description = "The API key to revoke.";
        Field<NonNullGraphType<IdGraphType>>("id").Description("The key's ID.");
    }
}

public sealed class RevokeApiKeyPayloadType : PayloadGraphType<RevokeApiKeyPayload>
{
    public RevokeApiKeyPayloadType()
        : base("RevokeApiKeyPayload", "The result of `revokeApiKey`.")
    {
        Field<ApiKeyType>("apiKey").Description("The revoked key; null when refused.").Resolve(ctx => ctx.Source.ApiKey);
    }
}
