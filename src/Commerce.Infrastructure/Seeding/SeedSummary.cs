namespace Commerce.Infrastructure.Seeding;

/// <summary>What a seeding run wrote: rows per table (in write order) and how long it took.</summary>
public sealed record SeedSummary(bool Seeded, IReadOnlyDictionary<string, long> Rows, TimeSpan Elapsed)
{
    public static SeedSummary Skipped { get; } = new(false, new Dictionary<string, long>(), TimeSpan.Zero);

    public long TotalRows => Rows.Values.Sum();

    public long RowsIn(string table) => Rows.GetValueOrDefault(table);
}
