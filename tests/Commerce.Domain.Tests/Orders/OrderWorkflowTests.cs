using Commerce.Domain.Orders;
using Commerce.Domain.Payments;

namespace Commerce.Domain.Tests.Orders;

public sealed class OrderWorkflowTests
{
    private static readonly PaymentLedger NoPayments = new([]);

    private static Order NewOrder() => new()
    {
        Number = "CG-1", Email = "a@example.com", Currency = "USD", TotalMinorUnits = 1_000,
        Lines = [new OrderLine { Id = 1, Sku = "S", ProductName = "P", VariantName = "V", Quantity = 2 }],
    };

    [Fact]
    public void Check_DeniesFulfilment_WhenOrderIsNotConfirmed()
    {
        var transition = NewOrder().Check(OrderAction.Fulfill, NoPayments);

        Assert.False(transition.Allowed);
        Assert.Contains("Confirm", transition.Reason);
    }

    [Fact]
    public void RecordFulfillment_MovesToPartialThenFull_AndBumpsVersion()
    {
        var order = NewOrder();
        order.Confirm(DateTime.UtcNow);

        order.RecordFulfillment(new Dictionary<int, int> { [1] = 1 }, DateTime.UtcNow);
        Assert.Equal(OrderStatus.PartiallyFulfilled, order.Status);
        order.RecordFulfillment(new Dictionary<int, int> { [1] = 1 }, DateTime.UtcNow);

        Assert.Equal(OrderStatus.Fulfilled, order.Status);
        Assert.Equal(FulfillmentStatus.Fulfilled, order.FulfillmentStatus);
        Assert.Equal(4, order.Version);
        Assert.True(order.Check(OrderAction.MarkDelivered, NoPayments).Allowed);
        Assert.False(order.Check(OrderAction.Cancel, NoPayments).Allowed);
    }

    [Fact]
    public void Cancel_Throws_WhenOrderHasShipped()
    {
        var order = NewOrder();
        order.Confirm(DateTime.UtcNow);
        order.RecordFulfillment(new Dictionary<int, int> { [1] = 2 }, DateTime.UtcNow);

        Assert.Throws<InvalidOperationException>(() => order.Cancel("late", DateTime.UtcNow));
    }

    [Fact]
    public void Transitions_RaiseOneEventEach_InTheWebhookVocabulary()
    {
        var order = NewOrder();

        order.Place(DateTime.UtcNow);
        order.Confirm(DateTime.UtcNow);
        order.Cancel("changed mind", DateTime.UtcNow);

        Assert.Equal(["order.created", "order.updated", "order.cancelled"], order.DomainEvents.Select(e => e.Type));
        Assert.Equal([OrderAction.RefundPayment], order.AvailableTransitions(NoPayments).Where(t => t.Allowed || t.Action == OrderAction.RefundPayment).Select(t => t.Action));
    }
}
