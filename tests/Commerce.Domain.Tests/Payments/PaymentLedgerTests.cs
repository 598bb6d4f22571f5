using Commerce.Domain.Orders;
using Commerce.Domain.Payments;

namespace Commerce.Domain.Tests.Payments;

public sealed class PaymentLedgerTests
{
    private static PaymentTransaction Entry(int id, PaymentTransactionKind kind, long amount, int? parent = null,
        PaymentTransactionStatus status = PaymentTransactionStatus.Succeeded) =>
        new() { Id = id, Kind = kind, AmountMinorUnits = amount, ParentTransactionId = parent, Status = status, Currency = "USD", Provider = "test" };

    [Theory]
    [InlineData(new long[0], PaymentStatus.Pending)]
    [InlineData(new long[] { 1000 }, PaymentStatus.Authorized)]
    [InlineData(new long[] { 1000, 400 }, PaymentStatus.PartiallyPaid)]
    [InlineData(new long[] { 1000, 1000 }, PaymentStatus.Paid)]
    [InlineData(new long[] { 1000, 1000, 300 }, PaymentStatus.PartiallyRefunded)]
    [InlineData(new long[] { 1000, 1000, 1000 }, PaymentStatus.Refunded)]
    public void StatusFor_FollowsTheLedger_WhenAuthorizedCapturedRefunded(long[] amounts, PaymentStatus expected)
    {
        var kinds = new[] { PaymentTransactionKind.Authorization, PaymentTransactionKind.Capture, PaymentTransactionKind.Refund };
        var entries = amounts.Select((a, i) => Entry(i + 1, kinds[i], a, i == 0 ? null : i));

        Assert.Equal(expected, new PaymentLedger(entries).StatusFor(1_000));
    }

    [Fact]
    public void Ledger_DerivesVoidedAndFailed_AndIgnoresFailedAmounts()
    {
        var voided = new PaymentLedger([Entry(1, PaymentTransactionKind.Authorization, 1_000), Entry(2, PaymentTransactionKind.Void, 1_000, 1)]);
        var failed = new PaymentLedger([Entry(1, PaymentTransactionKind.Authorization, 1_000, status: PaymentTransactionStatus.Failed)]);

        Assert.Equal(PaymentStatus.Voided, voided.StatusFor(1_000));
        Assert.Equal(0, voided.Capturable);
        Assert.Equal(PaymentStatus.Failed, failed.StatusFor(1_000));
        Assert.Equal(1_000, failed.Outstanding(1_000));
    }

    [Fact]
    public void Refundable_IsCapturedMinusRefunded()
    {
        var ledger = new PaymentLedger([Entry(1, PaymentTransactionKind.ManualPayment, 800), Entry(2, PaymentTransactionKind.Refund, 300, 1)]);

        Assert.Equal(500, ledger.Refundable);
        Assert.Equal(200, ledger.Outstanding(1_000));
    }
}
