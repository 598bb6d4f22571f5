using System.Globalization;
using System.Text;

namespace Commerce.Infrastructure.Seeding;

/// <summary>URL-safe handles from display names: "Cast-Iron Skillet" → "cast-iron-skillet".</summary>
internal static class Slugs
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
