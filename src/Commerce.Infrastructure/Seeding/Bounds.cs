namespace Commerce.Infrastructure.Seeding;

/// <summary>Binary search over ascending timestamps.</summary>
internal static class Bounds
{
    /// <summary>How many of the ascending <paramref name="ticks"/> are ≤ <paramref name="value"/>.</summary>
    public static int CountAtOrBefore(long[] ticks, long value)
    {
        int low = 0, high = ticks.Length;
        while (low < high)
        {
            var mid = (low + high) >>> 1;
            if (ticks[mid] <= value)
            {
                low = mid + 1;
            }
            else
            {
                high = mid;
            }
        }

        return low;
    }
}
