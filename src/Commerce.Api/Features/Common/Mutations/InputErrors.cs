using System.Net.Mail;
using Commerce.Domain.Common;
using Commerce.GraphQL.Server.Relay;
using Commerce.Infrastructure.Persistence.Configurations;

namespace Commerce.Api.Features.Common.Mutations;

/// <summary>
/// Collects a mutation's user errors while its input is checked, so one response lists every problem.
/// Paths are relative to <c>input</c>, e.g. ("variants", "0", "sku").
/// </summary>
public sealed class InputErrors
{
    private readonly List<UserError> _errors = [];

    public bool Any => _errors.Count > 0;

    public int Count => _errors.Count;

    public IReadOnlyList<UserError> ToList() => [.. _errors];

    public void Add(UserError error) => _errors.Add(error);

    public void Add(UserErrorCode code, string message, params string[] path) => _errors.Add(UserError.At(code, message, path));

    public void Invalid(string message, params string[] path) => Add(UserErrorCode.InvalidValue, message, path);

    /// <summary>Trimmed text; a required value must not be blank; no value may exceed <paramref name="maxLength"/>.</summary>
    public string? Text(string? value, int maxLength, bool required, params string[] path)
    {
        var text = string.IsNullOrWhiteSpace(value) ? null : value.Trim();
        if (text is null && required)
        {
            Invalid("A value is required.", path);
        }
        else if (text?.Length > maxLength)
        {
            Invalid($"At most {maxLength} characters are allowed.", path);
        }

        return text;
    }

    /// <summary>A slug: the given one if well-formed, else one derived from <paramref name="name"/>.</summary>
    public string? Slug(string? given, string? name, params string[] path)
    {
        var slug = Text(given, ColumnLengths.Slug, required: false, path);
        if (slug is not null)
        {
            if (!Slugs.IsWellFormed(slug))
            {
                Invalid("Use lower-case letters and digits in words joined by single hyphens, e.g. \"merino-sweater\".", path);
            }

            return slug;
        }

        slug = name is null ? null : Slugs.From(name);
        if (slug?.Length == 0)
        {
            Invalid("The name has no letters or digits to derive a slug from; give one.", path);
        }

        return slug is { Length: > ColumnLengths.Slug } ? slug[..ColumnLengths.Slug].TrimEnd('-') : slug;
    }

    /// <summary>A trimmed, lower-cased email address, or null with an error when it is not one.</summary>
    public string? Email(string? value, params string[] path)
    {
        var email = Text(value, ColumnLengths.Email, required: true, path)?.ToLowerInvariant();
        if (email is not null && (!MailAddress.TryCreate(email, out var parsed) || parsed.Address != email))
        {
            Invalid("Not an email address.", path);
        }

        return email;
    }

    /// <summary>The key of a global id of <paramref name="typeName"/>; null (and an INVALID_ID error) otherwise.</summary>
    public int? Id(string id, string typeName, params string[] path)
    {
        if (GlobalId.TryDecode(id, out var actualType, out var key) && actualType == typeName
            && int.TryParse(key, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }

        Add(UserErrorCode.InvalidId, $"Not a {typeName} id.", path);
        return null;
    }

    /// <summary>Records NOT_FOUND when a decoded id named no row; true when <paramref name="found"/> is there.</summary>
    public bool Found<T>(T? found, string typeName, params string[] path)
        where T : class
    {
        if (found is null)
        {
            Add(UserErrorCode.NotFound, $"No {typeName} has this id.", path);
        }

        return found is not null;
    }
}
