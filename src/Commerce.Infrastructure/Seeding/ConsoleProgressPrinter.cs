namespace Commerce.Infrastructure.Seeding;

/// <summary>
/// Prints seeding progress: one line rewritten in place (carriage return) on a terminal, otherwise a line per
/// ~10% so logs stay short. Reports arrive synchronously on the writer's thread, so lines never interleave.
/// </summary>
public sealed class ConsoleProgressPrinter(TextWriter output, bool interactive) : IProgress<SeedProgress>
{
    private int lastDecile = -1;

    public void Report(SeedProgress value)
    {
        if (interactive)
        {
            output.Write($"\r{value}   ");
            if (value.Percent >= 100)
            {
                output.WriteLine();
            }

            return;
        }

        var decile = (int)(value.Percent / 10);
        if (decile > lastDecile)
        {
            lastDecile = decile;
            output.WriteLine(value.ToString());
        }
    }
}
