using Commerce.Domain.Orders;
using Commerce.Domain.Payments;
using Commerce.Domain.Vendors.Economics;
using Commerce.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Commerce.Api.Features.Vendors.Economics;

/// <summary>
/// Books vendor earnings from the payment ledger, in the unit of work that appended the payment entry: a sale entry
/// per vendor line when a capture or manual payment makes the order PAID, and on every succeeded refund an
/// adjustment per line reversing gross and commission in proportion to what has been refunded of the order so far.
/// </summary>
public static class CommissionLedger
{
    public static async Task RecordAsync(CommerceDbContext db, Order order, PaymentTransaction entry, PaymentLedger ledger, DateTime now, CancellationToken ct)
    {
        if (entry.Status != PaymentTransactionStatus.Succeeded)
        {
            return;
        }

        if (entry.Kind == PaymentTransactionKind.Refund)
        {
            await ReverseAsync(db, order, entry, ledger.Refunded, now, ct);
        }
        else if (entry.Kind is PaymentTransactionKind.Capture or PaymentTransactionKind.ManualPayment && order.PaymentStatus == PaymentStatus.Paid
            && !await db.VendorEarnings.AnyAsync(e => e.OrderId == order.Id && e.Kind == VendorEarningKind.Sale, ct))
        {
            db.VendorEarnings.AddRange(await SaleEntries.BuildAsync(db, order, entry.Id, now, ct));
        }
    }

    private static async Task ReverseAsync(CommerceDbContext db, Order order, PaymentTransaction refund, long refunded, DateTime now, CancellationToken ct)
    {
        // One order's entries are few: read them and work out what earlier refunds already reversed per line.
        var entries = await db.VendorEarnings.AsNoTracking().Where(e => e.OrderId == order.Id).ToListAsync(ct);
        foreach (var sale in entries.Where(e => e.Kind == VendorEarningKind.Sale))
        {
            var earlier = entries.Where(e => e.Kind == VendorEarningKind.Refund && e.OrderLineId == sale.OrderLineId).ToList();
            var gross = CommissionRules.ReversedShare(sale.GrossMinorUnits, refunded, order.TotalMinorUnits) + earlier.Sum(e => e.GrossMinorUnits);
            var commission = CommissionRules.ReversedShare(sale.CommissionMinorUnits, refunded, order.TotalMinorUnits) + earlier.Sum(e => e.CommissionMinorUnits);
            if (gross == 0 && commission == 0)
            {
                continue;
            }

            db.VendorEarnings.Add(new VendorEarning
            {
                VendorId = sale.VendorId, OrderId = order.Id, OrderLineId = sale.OrderLineId, PaymentTransactionId = refund.Id,
                Kind = VendorEarningKind.Refund, EntryKey = $"refund:{refund.Id}:{sale.OrderLineId}", Currency = order.Currency,
                GrossMinorUnits = -gross, RateBasisPoints = sale.RateBasisPoints, CommissionMinorUnits = -commission,
                NetMinorUnits = -gross + commission, RecordedAt = now,
            });
        }
    }
}
