namespace Commerce.GraphQL.Server.Cost;

/// <summary>A caller's bucket after a request: its size, the points left now and the points restored per second.</summary>
public readonly record struct ThrottleStatus(int MaximumAvailable, double CurrentlyAvailable, int RestoreRate)
{
    /// <summary>Whole seconds until the bucket holds <paramref name="points"/> again (0 when it already does).</summary>
    public int SecondsUntil(double points) =>
        points <= CurrentlyAvailable ? 0 : (int)Math.Ceiling((points - CurrentlyAvailable) / RestoreRate);
}
