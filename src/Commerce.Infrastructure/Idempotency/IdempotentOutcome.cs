namespace Commerce.Infrastructure.Idempotency;

/// <summary>What <see cref="IdempotentExecution"/> did: ran the work, replayed a stored result, or refused a reused key.</summary>
public sealed record IdempotentOutcome<TResult>(TResult? Result, bool WasReplayed, bool IsKeyReused)
{
    public static IdempotentOutcome<TResult> Fresh(TResult result) => new(result, false, false);

    public static IdempotentOutcome<TResult> Replayed(TResult result) => new(result, true, false);

    /// <summary>The key was used before with a different input.</summary>
    public static IdempotentOutcome<TResult> KeyReused() => new(default, false, true);
}
