using System.Globalization;
using Commerce.Api.Auth;
using Commerce.Api.Features.Common.Mutations;
using Commerce.GraphQL.Server.Relay;

namespace Commerce.Api.Features.Identity;

/// <summary>Checks shared by the identity mutations' inputs.</summary>
internal static class IdentityInput
{
    public const int MaxEmailLength = 254;
    public const int MaxNameLength = 100;

    public static string NormalizeEmail(string email) => email.Trim().ToLowerInvariant();

    public static void CheckEmail(List<UserError> errors, string email)
    {
        var at = email.IndexOf('@', StringComparison.Ordinal);
        if (at <= 0 || at == email.Length - 1 || email.Length > MaxEmailLength || email.Any(char.IsWhiteSpace))
        {
            errors.Add(UserError.At(UserErrorCode.InvalidValue, "Enter a valid email address.", "email"));
        }
    }

    public static void CheckPassword(List<UserError> errors, string password)
    {
        if (PasswordHashing.CheckPolicy(password) is { } problem)
        {
            errors.Add(UserError.At(UserErrorCode.InvalidValue, problem, "password"));
        }
    }

    public static void CheckName(List<UserError> errors, string value, string field, int maxLength = MaxNameLength)
    {
        if (string.IsNullOrWhiteSpace(value) || value.Trim().Length > maxLength)
        {
            errors.Add(UserError.At(UserErrorCode.InvalidValue, $"Give {field} (at most {maxLength} characters).", field));
        }
    }

    /// <summary>The int key of a global id of <paramref name="typeName"/>; null for any other id (a user error, not a crash).</summary>
    public static int? DecodeId(string id, string typeName) =>
        GlobalId.TryDecode(id, out var type, out var key) && type == typeName
            && int.TryParse(key, NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value : null;

    public static UserError WrongCredentials() => new(UserErrorCode.InvalidCredentials, "The email or password is incorrect.");
}
