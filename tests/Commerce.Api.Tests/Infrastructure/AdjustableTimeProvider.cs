namespace Commerce.Api.Tests.Infrastructure;

/// <summary>The system clock moved by <see cref="Offset"/>, to let tokens expire without waiting.</summary>
public sealed class AdjustableTimeProvider : TimeProvider
{
    public TimeSpan Offset { get; set; }

    public override DateTimeOffset GetUtcNow() => base.GetUtcNow() + Offset;
}
