using System.Globalization;

namespace Commerce.Infrastructure.Seeding;

/// <summary>The parsed command line of <c>seed</c>; <see cref="Parse"/> returns an error message instead of throwing.</summary>
public sealed record SeedArguments(int Products, int Orders, int? Customers, int? Vendors, int? Quotes, int? Seed, bool Reset)
{
    public const string Usage =
        "usage: seed --products N --orders N [--customers N] [--vendors N] [--quotes N] [--seed N] [--reset]";

    private static readonly string[] Numeric = ["--products", "--orders", "--customers", "--vendors", "--quotes", "--seed"];

    public static (SeedArguments? Arguments, string? Error) Parse(IReadOnlyList<string> args)
    {
        var values = new Dictionary<string, int>(StringComparer.Ordinal);
        var reset = false;
        var start = args.Count > 0 && args[0] == "seed" ? 1 : 0;
        for (var i = start; i < args.Count; i++)
        {
            var name = args[i];
            if (name == "--reset")
            {
                reset = true;
                continue;
            }

            if (!Numeric.Contains(name))
            {
                return (null, $"Unknown argument '{name}'.");
            }

            if (values.ContainsKey(name))
            {
                return (null, $"{name} is given twice.");
            }

            if (i + 1 >= args.Count || !int.TryParse(args[i + 1], NumberStyles.None, CultureInfo.InvariantCulture, out var value) || value <= 0)
            {
                return (null, $"{name} needs a positive integer, got '{(i + 1 < args.Count ? args[i + 1] : "nothing")}'.");
            }

            values[name] = value;
            i++;
        }

        foreach (var required in new[] { "--products", "--orders" })
        {
            if (!values.ContainsKey(required))
            {
                return (null, $"{required} is required.");
            }
        }

        return (new SeedArguments(
            values["--products"], values["--orders"], Optional("--customers"), Optional("--vendors"), Optional("--quotes"), Optional("--seed"), reset), null);

        int? Optional(string name) => values.TryGetValue(name, out var v) ? v : null;
    }

    /// <summary>A shop of the requested size; unspecified counts scale with the order count.</summary>
    public ShopDataOptions ToOptions(DateTime? anchor = null)
    {
        var large = ShopDataOptions.Large(Products, Orders, anchor);
        return large with
        {
            Seed = Seed ?? large.Seed,
            Customers = Customers ?? large.Customers,
            Vendors = Vendors ?? large.Vendors,
            Quotes = Quotes ?? large.Quotes,
        };
    }
}
