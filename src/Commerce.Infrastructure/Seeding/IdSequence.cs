namespace Commerce.Infrastructure.Seeding;

/// <summary>Hands out the next id of one table, so ids (and the rows referring to them) are known before writing.</summary>
internal sealed class IdSequence
{
    private int last;

    public int Next() => ++last;

    public int Last => last;
}
