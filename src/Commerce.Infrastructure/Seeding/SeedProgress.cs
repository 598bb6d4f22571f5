namespace Commerce.Infrastructure.Seeding;

/// <summary>
/// Where a seeding run stands: the stage being written, rows written so far (all tables), the share of the
/// planned rows done and the write rate.
/// </summary>
public readonly record struct SeedProgress(string Stage, long RowsWritten, double Percent, double RowsPerSecond, TimeSpan Elapsed)
{
    public override string ToString() =>
        FormattableString.Invariant($"{Percent,5:0.0}% {Stage,-10} {RowsWritten,12:N0} rows  {RowsPerSecond,10:N0} rows/s  {Elapsed:hh\\:mm\\:ss}");
}
