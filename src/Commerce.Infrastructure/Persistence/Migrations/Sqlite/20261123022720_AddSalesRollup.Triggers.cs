using Microsoft.EntityFrameworkCore.Migrations;

namespace Commerce.Infrastructure.Persistence.Migrations.Sqlite;

/// <summary>
/// The triggers that keep DailySales and DailyProductSales in the transaction of every change (docs/decisions/0011),
/// and the backfill of the data already there. Written out here, not shared with the model code, so this migration
/// keeps creating exactly what it created when it was written. A sale is an order that is not cancelled; the UTC day
/// is the first ten characters of the ISO text SQLite stores for PlacedAt.
/// </summary>
public partial class AddSalesRollup
{
    private static void CreateRollupTriggersAndBackfill(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.Sql("""
            CREATE TRIGGER TR_Orders_SalesRollup AFTER INSERT ON Orders
            WHEN NEW.Status <> 'Cancelled'
            BEGIN
                INSERT INTO DailySales (Currency, Day, OrderCount, RevenueMinorUnits, RefundedMinorUnits)
                VALUES (NEW.Currency, substr(NEW.PlacedAt, 1, 10), 1, NEW.TotalMinorUnits, 0)
                ON CONFLICT (Currency, Day) DO UPDATE SET
                    OrderCount = OrderCount + 1, RevenueMinorUnits = RevenueMinorUnits + excluded.RevenueMinorUnits;
            END;
            """);

        // Cancelling takes the order, its refunds and its lines out of the rollup (and a reversal would put them back).
        migrationBuilder.Sql("""
            CREATE TRIGGER TR_Orders_SalesRollup_Status AFTER UPDATE OF Status ON Orders
            WHEN (OLD.Status = 'Cancelled') <> (NEW.Status = 'Cancelled')
            BEGIN
                INSERT INTO DailySales (Currency, Day, OrderCount, RevenueMinorUnits, RefundedMinorUnits)
                SELECT NEW.Currency, substr(NEW.PlacedAt, 1, 10), s.Sign, s.Sign * NEW.TotalMinorUnits,
                       s.Sign * (SELECT COALESCE(SUM(p.AmountMinorUnits), 0) FROM PaymentTransactions p
                                 WHERE p.OrderId = NEW.Id AND p.Kind = 'Refund' AND p.Status = 'Succeeded')
                FROM (SELECT CASE WHEN NEW.Status = 'Cancelled' THEN -1 ELSE 1 END AS Sign) AS s
                WHERE true
                ON CONFLICT (Currency, Day) DO UPDATE SET
                    OrderCount = OrderCount + excluded.OrderCount,
                    RevenueMinorUnits = RevenueMinorUnits + excluded.RevenueMinorUnits,
                    RefundedMinorUnits = RefundedMinorUnits + excluded.RefundedMinorUnits;
                INSERT INTO DailyProductSales (Currency, Day, ProductId, VendorId, Units, RevenueMinorUnits)
                SELECT NEW.Currency, substr(NEW.PlacedAt, 1, 10), COALESCE(l.ProductId, 0), COALESCE(l.VendorId, 0),
                       s.Sign * SUM(l.Quantity), s.Sign * SUM(l.LineTotalMinorUnits)
                FROM OrderLines l, (SELECT CASE WHEN NEW.Status = 'Cancelled' THEN -1 ELSE 1 END AS Sign) AS s
                WHERE l.OrderId = NEW.Id
                GROUP BY COALESCE(l.ProductId, 0), COALESCE(l.VendorId, 0)
                ON CONFLICT (Currency, Day, ProductId, VendorId) DO UPDATE SET
                    Units = Units + excluded.Units, RevenueMinorUnits = RevenueMinorUnits + excluded.RevenueMinorUnits;
            END;
            """);

        migrationBuilder.Sql("""
            CREATE TRIGGER TR_OrderLines_SalesRollup AFTER INSERT ON OrderLines
            BEGIN
                INSERT INTO DailyProductSales (Currency, Day, ProductId, VendorId, Units, RevenueMinorUnits)
                SELECT o.Currency, substr(o.PlacedAt, 1, 10), COALESCE(NEW.ProductId, 0), COALESCE(NEW.VendorId, 0),
                       NEW.Quantity, NEW.LineTotalMinorUnits
                FROM Orders o
                WHERE o.Id = NEW.OrderId AND o.Status <> 'Cancelled'
                ON CONFLICT (Currency, Day, ProductId, VendorId) DO UPDATE SET
                    Units = Units + excluded.Units, RevenueMinorUnits = RevenueMinorUnits + excluded.RevenueMinorUnits;
            END;
            """);

        // The ledger is append-only; the update trigger keeps the rollup right should an entry ever change.
        migrationBuilder.Sql("""
            CREATE TRIGGER TR_PaymentTransactions_SalesRollup AFTER INSERT ON PaymentTransactions
            WHEN NEW.Kind = 'Refund' AND NEW.Status = 'Succeeded'
            BEGIN
                UPDATE DailySales SET RefundedMinorUnits = RefundedMinorUnits + NEW.AmountMinorUnits
                WHERE (Currency, Day) = (SELECT o.Currency, substr(o.PlacedAt, 1, 10) FROM Orders o
                                         WHERE o.Id = NEW.OrderId AND o.Status <> 'Cancelled');
            END;
            """);
        migrationBuilder.Sql("""
            CREATE TRIGGER TR_PaymentTransactions_SalesRollup_Update AFTER UPDATE OF Kind, Status, AmountMinorUnits, OrderId ON PaymentTransactions
            BEGIN
                UPDATE DailySales SET RefundedMinorUnits = RefundedMinorUnits - OLD.AmountMinorUnits
                WHERE OLD.Kind = 'Refund' AND OLD.Status = 'Succeeded'
                  AND (Currency, Day) = (SELECT o.Currency, substr(o.PlacedAt, 1, 10) FROM Orders o
                                         WHERE o.Id = OLD.OrderId AND o.Status <> 'Cancelled');
                UPDATE DailySales SET RefundedMinorUnits = RefundedMinorUnits + NEW.AmountMinorUnits
                WHERE NEW.Kind = 'Refund' AND NEW.Status = 'Succeeded'
                  AND (Currency, Day) = (SELECT o.Currency, substr(o.PlacedAt, 1, 10) FROM Orders o
                                         WHERE o.Id = NEW.OrderId AND o.Status <> 'Cancelled');
            END;
            """);

        migrationBuilder.Sql("""
            INSERT INTO DailySales (Currency, Day, OrderCount, RevenueMinorUnits, RefundedMinorUnits)
            SELECT Currency, Day, SUM(Orders), SUM(Revenue), SUM(Refunded)
            FROM (SELECT Currency, substr(PlacedAt, 1, 10) AS Day, 1 AS Orders, TotalMinorUnits AS Revenue, 0 AS Refunded
                  FROM Orders WHERE Status <> 'Cancelled'
                  UNION ALL
                  SELECT o.Currency, substr(o.PlacedAt, 1, 10), 0, 0, p.AmountMinorUnits
                  FROM PaymentTransactions p JOIN Orders o ON o.Id = p.OrderId
                  WHERE p.Kind = 'Refund' AND p.Status = 'Succeeded' AND o.Status <> 'Cancelled')
            GROUP BY Currency, Day;
            """);
        migrationBuilder.Sql("""
            INSERT INTO DailyProductSales (Currency, Day, ProductId, VendorId, Units, RevenueMinorUnits)
            SELECT o.Currency, substr(o.PlacedAt, 1, 10), COALESCE(l.ProductId, 0), COALESCE(l.VendorId, 0),
                   SUM(l.Quantity), SUM(l.LineTotalMinorUnits)
            FROM OrderLines l JOIN Orders o ON o.Id = l.OrderId
            WHERE o.Status <> 'Cancelled'
            GROUP BY o.Currency, substr(o.PlacedAt, 1, 10), COALESCE(l.ProductId, 0), COALESCE(l.VendorId, 0);
            """);
    }

    private static void DropRollupTriggers(MigrationBuilder migrationBuilder)
    {
        foreach (var trigger in new[]
                 {
                     "TR_Orders_SalesRollup", "TR_Orders_SalesRollup_Status", "TR_OrderLines_SalesRollup",
                     "TR_PaymentTransactions_SalesRollup", "TR_PaymentTransactions_SalesRollup_Update",
                 })
        {
            migrationBuilder.Sql($"DROP TRIGGER IF EXISTS {trigger};");
        }
    }
}
