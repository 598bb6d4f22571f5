namespace Commerce.Domain.Orders;

/// <summary>Whether <paramref name="Action"/> may happen to an order now, and if not, why not.</summary>
public sealed record OrderTransition(OrderAction Action, bool Allowed, string? Reason)
{
    public static OrderTransition Allow(OrderAction action) => new(action, true, null);

    public static OrderTransition Deny(OrderAction action, string reason) => new(action, false, reason);
}
