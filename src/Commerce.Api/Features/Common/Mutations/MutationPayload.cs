namespace Commerce.Api.Features.Common.Mutations;

/// <summary>Base of every mutation payload: the user errors, empty on success.</summary>
public abstract class MutationPayload
{
    public IReadOnlyList<UserError> UserErrors { get; init; } = [];
}
