using Commerce.Api.Auth;
using Commerce.Api.Features.Common.Mutations;
using Commerce.Domain.Identity;

namespace Commerce.Api.Features.Identity;

public sealed class CreateApiKeyInput
{
    public string Name { get; set; } = "";
    public List<string> Scopes { get; set; } = [];
}

public sealed class CreateApiKeyPayload : MutationPayload
{
    public ApiKey? ApiKey { get; init; }
    public string? Secret { get; init; }
}

public sealed class RevokeApiKeyInput
{
    public string Id { get; set; } = "";
}

public sealed class RevokeApiKeyPayload : MutationPayload
{
    public ApiKey? ApiKey { get; init; }
}

/// <summary><c>createApiKey</c> and <c>revokeApiKey</c>.</summary>
public sealed class ApiKeyHandlers(ApiKeyService apiKeys)
{
    public async Task<CreateApiKeyPayload> CreateAsync(CreateApiKeyInput input, CancellationToken cancellationToken)
    {
        var errors = new List<UserError>();
        IdentityInput.CheckName(errors, input.Name, "name", maxLength: 200);
        if (input.Scopes.Count == 0 || input.Scopes.Any(s => !Scopes.Assignable.Contains(s)))
        {
            errors.Add(UserError.At(UserErrorCode.InvalidValue, "Give at least one scope.", "scopes"));
        }

        if (errors.Count > 0)
        {
            return new CreateApiKeyPayload { UserErrors = errors };
        }

        var (apiKey, secret) = await apiKeys.CreateAsync(input.Name, input.Scopes, cancellationToken);
        return new CreateApiKeyPayload { ApiKey = apiKey, Secret = secret };
    }

    public async Task<RevokeApiKeyPayload> RevokeAsync(RevokeApiKeyInput input, CancellationToken cancellationToken)
    {
        var apiKey = IdentityInput.DecodeId(input.Id, ApiKeyType.TypeName) is { } id
            ? await apiKeys.RevokeAsync(id, cancellationToken)
            : null;
        return apiKey is null
            ? new RevokeApiKeyPayload { UserErrors = [UserError.At(UserErrorCode.NotFound, "No API key has this ID.", "id")] }
            : new RevokeApiKeyPayload { ApiKey = apiKey };
    }
}
