namespace Commerce.Api.Features.Common.Mutations;

/// <summary>An expected refusal of a mutation: what is wrong, where in the input, and a stable code.</summary>
/// <param name="Code">Stable code clients switch on.</param>
/// <param name="Message">What is wrong, for people.</param>
/// <param name="Field">Path to the offending input value, e.g. ["input", "lines", "0", "quantity"]; null when the input as a whole is refused.</param>
public sealed record UserError(UserErrorCode Code, string Message, IReadOnlyList<string>? Field = null)
{
    /// <summary>A user error about <c>input.{path}</c>.</summary>
    public static UserError At(UserErrorCode code, string message, params string[] path) =>
        new(code, message, ["input", .. path]);
}
