using System.Globalization;
using System.Text;

namespace Commerce.Domain.Common;

/// <summary>URL-safe handles from display names: "Cast-Iron Skillet" → "cast-iron-skillet".</summary>
public static class Slugs
{
    public static string From(string name)
    {
        var ascii = ToAscii(name.ToLowerInvariant());
        var builder = new StringBuilder(ascii.Length);
        foreach (var c in ascii)
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                builder.Append(c);
            }
            else if (builder.Length > 0 && builder[^1] != '-')
            {
                builder.Append('-');
            }
        }

        return builder.ToString().TrimEnd('-');
    }

    /// <summary>True for lower-case ASCII letters and digits in words joined by single hyphens, e.g. "cast-iron-skillet".</summary>
    public static bool IsWellFormed(string? slug) =>
        !string.IsNullOrEmpty(slug) && slug == From(slug);

    /// <summary>Drops diacritics ("Müller" → "Muller") so e-mails and slugs stay ASCII.</summary>
    public static string ToAscii(string text)
    {
        var decomposed = text.Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }
}
