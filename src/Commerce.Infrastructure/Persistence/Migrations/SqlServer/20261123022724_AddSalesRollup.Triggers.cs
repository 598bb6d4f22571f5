using Microsoft.EntityFrameworkCore.Migrations;

namespace Commerce.Infrastructure.Persistence.Migrations.SqlServer;

/// <summary>
/// The triggers that keep DailySales and DailyProductSales in the transaction of every change (docs/decisions/0011),
/// and the backfill of the data already there. Each trigger handles a whole statement's rows (inserted/deleted): a
/// row that is a sale adds itself, a row that was one takes itself away, so inserts, cancellations and any other
/// update net out. CREATE TRIGGER must open its batch, so it runs through EXEC (also inside idempotent scripts).
/// </summary>
public partial class AddSalesRollup
{
    private const string DailySalesMerge = """
        ON t.[Currency] = s.[Currency] AND t.[Day] = s.[Day]
        WHEN MATCHED THEN UPDATE SET
            t.[OrderCount] = t.[OrderCount] + s.[Orders],
            t.[RevenueMinorUnits] = t.[RevenueMinorUnits] + s.[Revenue],
            t.[RefundedMinorUnits] = t.[RefundedMinorUnits] + s.[Refunded]
        WHEN NOT MATCHED THEN INSERT ([Currency], [Day], [OrderCount], [RevenueMinorUnits], [RefundedMinorUnits])
            VALUES (s.[Currency], s.[Day], s.[Orders], s.[Revenue], s.[Refunded]);
        """;

    private const string DailyProductSalesMerge = """
        ON t.[Currency] = s.[Currency] AND t.[Day] = s.[Day] AND t.[ProductId] = s.[ProductId] AND t.[VendorId] = s.[VendorId]
        WHEN MATCHED THEN UPDATE SET
            t.[Units] = t.[Units] + s.[Units], t.[RevenueMinorUnits] = t.[RevenueMinorUnits] + s.[Revenue]
        WHEN NOT MATCHED THEN INSERT ([Currency], [Day], [ProductId], [VendorId], [Units], [RevenueMinorUnits])
            VALUES (s.[Currency], s.[Day], s.[ProductId], s.[VendorId], s.[Units], s.[Revenue]);
        """;

    private static void CreateRollupTriggersAndBackfill(MigrationBuilder migrationBuilder)
    {
        Exec(migrationBuilder, $"""
            CREATE TRIGGER [TR_Orders_SalesRollup] ON [Orders] AFTER INSERT, UPDATE AS
            BEGIN
                SET NOCOUNT ON;
                IF EXISTS (SELECT 1 FROM deleted) AND NOT UPDATE([Status]) RETURN;
                DECLARE @changes TABLE ([Id] int NOT NULL, [Currency] nvarchar(3) NOT NULL, [Day] date NOT NULL,
                                        [Total] bigint NOT NULL, [Sign] int NOT NULL);
                INSERT INTO @changes ([Id], [Currency], [Day], [Total], [Sign])
                SELECT i.[Id], i.[Currency], CAST(i.[PlacedAt] AS date), i.[TotalMinorUnits], 1 FROM inserted i WHERE i.[Status] <> N'Cancelled'
                UNION ALL
                SELECT d.[Id], d.[Currency], CAST(d.[PlacedAt] AS date), d.[TotalMinorUnits], -1 FROM deleted d WHERE d.[Status] <> N'Cancelled';
                MERGE [DailySales] WITH (HOLDLOCK) AS t
                USING (SELECT c.[Currency], c.[Day], SUM(CAST(c.[Sign] AS bigint)) AS [Orders], SUM(c.[Sign] * c.[Total]) AS [Revenue],
                              SUM(c.[Sign] * COALESCE(r.[Refunded], 0)) AS [Refunded]
                       FROM @changes c
                       OUTER APPLY (SELECT SUM(p.[AmountMinorUnits]) AS [Refunded] FROM [PaymentTransactions] p
                                    WHERE p.[OrderId] = c.[Id] AND p.[Kind] = N'Refund' AND p.[Status] = N'Succeeded') r
                       GROUP BY c.[Currency], c.[Day]) AS s
                {DailySalesMerge}
                MERGE [DailyProductSales] WITH (HOLDLOCK) AS t
                USING (SELECT c.[Currency], c.[Day], COALESCE(l.[ProductId], 0) AS [ProductId], COALESCE(l.[VendorId], 0) AS [VendorId],
                              SUM(c.[Sign] * CAST(l.[Quantity] AS bigint)) AS [Units], SUM(c.[Sign] * l.[LineTotalMinorUnits]) AS [Revenue]
                       FROM @changes c JOIN [OrderLines] l ON l.[OrderId] = c.[Id]
                       GROUP BY c.[Currency], c.[Day], COALESCE(l.[ProductId], 0), COALESCE(l.[VendorId], 0)) AS s
                {DailyProductSalesMerge}
            END
            """);

        Exec(migrationBuilder, $"""
            CREATE TRIGGER [TR_OrderLines_SalesRollup] ON [OrderLines] AFTER INSERT AS
            BEGIN
                SET NOCOUNT ON;
                MERGE [DailyProductSales] WITH (HOLDLOCK) AS t
                USING (SELECT o.[Currency], CAST(o.[PlacedAt] AS date) AS [Day], COALESCE(i.[ProductId], 0) AS [ProductId],
                              COALESCE(i.[VendorId], 0) AS [VendorId], SUM(CAST(i.[Quantity] AS bigint)) AS [Units],
                              SUM(i.[LineTotalMinorUnits]) AS [Revenue]
                       FROM inserted i JOIN [Orders] o ON o.[Id] = i.[OrderId]
                       WHERE o.[Status] <> N'Cancelled'
                       GROUP BY o.[Currency], CAST(o.[PlacedAt] AS date), COALESCE(i.[ProductId], 0), COALESCE(i.[VendorId], 0)) AS s
                {DailyProductSalesMerge}
            END
            """);

        Exec(migrationBuilder, """
            CREATE TRIGGER [TR_PaymentTransactions_SalesRollup] ON [PaymentTransactions] AFTER INSERT, UPDATE AS
            BEGIN
                SET NOCOUNT ON;
                UPDATE t SET t.[RefundedMinorUnits] = t.[RefundedMinorUnits] + s.[Amount]
                FROM [DailySales] t
                JOIN (SELECT o.[Currency], CAST(o.[PlacedAt] AS date) AS [Day], SUM(x.[Amount]) AS [Amount]
                      FROM (SELECT [OrderId], [AmountMinorUnits] AS [Amount] FROM inserted
                            WHERE [Kind] = N'Refund' AND [Status] = N'Succeeded'
                            UNION ALL
                            SELECT [OrderId], -[AmountMinorUnits] FROM deleted
                            WHERE [Kind] = N'Refund' AND [Status] = N'Succeeded') x
                      JOIN [Orders] o ON o.[Id] = x.[OrderId]
                      WHERE o.[Status] <> N'Cancelled'
                      GROUP BY o.[Currency], CAST(o.[PlacedAt] AS date)) s
                  ON t.[Currency] = s.[Currency] AND t.[Day] = s.[Day];
            END
            """);

        migrationBuilder.Sql("""
            INSERT INTO [DailySales] ([Currency], [Day], [OrderCount], [RevenueMinorUnits], [RefundedMinorUnits])
            SELECT [Currency], [Day], SUM([Orders]), SUM([Revenue]), SUM([Refunded])
            FROM (SELECT [Currency], CAST([PlacedAt] AS date) AS [Day], CAST(1 AS bigint) AS [Orders],
                         [TotalMinorUnits] AS [Revenue], CAST(0 AS bigint) AS [Refunded]
                  FROM [Orders] WHERE [Status] <> N'Cancelled'
                  UNION ALL
                  SELECT o.[Currency], CAST(o.[PlacedAt] AS date), 0, 0, p.[AmountMinorUnits]
                  FROM [PaymentTransactions] p JOIN [Orders] o ON o.[Id] = p.[OrderId]
                  WHERE p.[Kind] = N'Refund' AND p.[Status] = N'Succeeded' AND o.[Status] <> N'Cancelled') AS sales
            GROUP BY [Currency], [Day];
            """);
        migrationBuilder.Sql("""
            INSERT INTO [DailyProductSales] ([Currency], [Day], [ProductId], [VendorId], [Units], [RevenueMinorUnits])
            SELECT o.[Currency], CAST(o.[PlacedAt] AS date), COALESCE(l.[ProductId], 0), COALESCE(l.[VendorId], 0),
                   SUM(CAST(l.[Quantity] AS bigint)), SUM(l.[LineTotalMinorUnits])
            FROM [OrderLines] l JOIN [Orders] o ON o.[Id] = l.[OrderId]
            WHERE o.[Status] <> N'Cancelled'
            GROUP BY o.[Currency], CAST(o.[PlacedAt] AS date), COALESCE(l.[ProductId], 0), COALESCE(l.[VendorId], 0);
            """);
    }

    private static void DropRollupTriggers(MigrationBuilder migrationBuilder)
    {
        foreach (var trigger in new[] { "TR_Orders_SalesRollup", "TR_OrderLines_SalesRollup", "TR_PaymentTransactions_SalesRollup" })
        {
            migrationBuilder.Sql($"DROP TRIGGER IF EXISTS [{trigger}];");
        }
    }

    private static void Exec(MigrationBuilder migrationBuilder, string sql) =>
        migrationBuilder.Sql($"EXEC(N'{sql.Replace("'", "''", StringComparison.Ordinal)}');");
}
