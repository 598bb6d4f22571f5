namespace Commerce.Infrastructure.Seeding;

/// <summary>Small helpers over <see cref="Random"/> so generators read as intent, not arithmetic.</summary>
internal static class RandomExtensions
{
    private const string Hex = "0123456789abcdef";
    private const string Alphanumeric = "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789";

    public static T Pick<T>(this Random random, IReadOnlyList<T> items) => items[random.Next(items.Count)];

    public static bool Chance(this Random random, double probability) => random.NextDouble() < probability;

    /// <summary>Inclusive on both ends.</summary>
    public static int Between(this Random random, int min, int max) => random.Next(min, max + 1);

    public static TimeSpan Minutes(this Random random, int min, int max) => TimeSpan.FromMinutes(random.Between(min, max));

    /// <summary>Index chosen with the given relative weights.</summary>
    public static int Weighted(this Random random, IReadOnlyList<int> weights)
    {
        var total = 0;
        foreach (var w in weights)
        {
            total += w;
        }

        var roll = random.Next(total);
        for (var i = 0; i < weights.Count; i++)
        {
            roll -= weights[i];
            if (roll < 0)
            {
                return i;
            }
        }

        return weights.Count - 1;
    }

    public static string HexString(this Random random, int length) => FromAlphabet(random, Hex, length);

    public static string Code(this Random random, int length) => FromAlphabet(random, Alphanumeric, length);

    public static string Digits(this Random random, int length) => FromAlphabet(random, "0123456789", length);

    private static string FromAlphabet(Random random, string alphabet, int length) =>
        string.Create(length, (random, alphabet), static (span, state) =>
        {
            for (var i = 0; i < span.Length; i++)
            {
                span[i] = state.alphabet[state.random.Next(state.alphabet.Length)];
            }
        });
}
