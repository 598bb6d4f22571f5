namespace Commerce.Infrastructure.Seeding;

/// <summary>The id sequences of the order aggregate's tables.</summary>
internal sealed class OrderIds
{
    public IdSequence Orders { get; } = new();
    public IdSequence Lines { get; } = new();
    public IdSequence Payments { get; } = new();
    public IdSequence Fulfillments { get; } = new();
    public IdSequence FulfillmentLines { get; } = new();
}
