namespace Commerce.Domain.Common;

/// <summary>ISO 4217 minor-unit exponents. Currencies not listed use two decimals, the common case.</summary>
public static class Currencies
{
    private static readonly Dictionary<string, int> Exponents = new(StringComparer.Ordinal)
    {
        ["JPY"] = 0, ["KRW"] = 0, ["VND"] = 0, ["CLP"] = 0, ["ISK"] = 0, ["UGX"] = 0,
        ["BHD"] = 3, ["KWD"] = 3, ["OMR"] = 3, ["JOD"] = 3, ["TND"] = 3,
    };

    public static int Exponent(string currency) => Exponents.GetValueOrDefault(currency, 2);

    public static decimal MinorUnitFactor(string currency) => Exponent(currency) switch
    {
        0 => 1m,
        3 => 1000m,
        _ => 100m,
    };

    /// <summary>One minor unit in major units, written with the currency's scale: 0.01 for USD, 1 for JPY.</summary>
    public static decimal MinorUnit(string currency) => Exponent(currency) switch
    {
        0 => 1m,
        3 => 0.001m,
        _ => 0.01m,
    };

    /// <summary>True for three upper-case ASCII letters, the shape of an ISO 4217 code.</summary>
    public static bool IsWellFormed(string? code) =>
        code is { Length: 3 } && code.All(c => c is >= 'A' and <= 'Z');
}
