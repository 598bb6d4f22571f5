using Commerce.Domain.Orders;
using Commerce.Domain.Payments;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Commerce.Infrastructure.Reporting;

/// <summary>
/// The triggers that keep <see cref="DailySales"/> and <see cref="DailyProductSales"/> (created by the AddSalesRollup
/// migrations of each provider). Declaring them tells EF to save these tables without RETURNING (SQLite) or
/// OUTPUT (SQL Server), which neither database allows on a table with triggers.
/// </summary>
public static class SalesRollupTriggers
{
    public const string Orders = "TR_Orders_SalesRollup";
    public const string OrderLines = "TR_OrderLines_SalesRollup";
    public const string PaymentTransactions = "TR_PaymentTransactions_SalesRollup";

    /// <summary>Names the table's trigger in the model (SQL Server then saves without OUTPUT).</summary>
    public static void Declare<TEntity>(TableBuilder<TEntity> table, string trigger)
        where TEntity : class =>
        table.HasTrigger(trigger);

    /// <summary>SQLite: save the tables with triggers without RETURNING (called by the SQLite context only).</summary>
    public static void SaveWithoutReturning(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<Order>().ToTable(t => t.UseSqlReturningClause(false));
        modelBuilder.Entity<OrderLine>().ToTable(t => t.UseSqlReturningClause(false));
        modelBuilder.Entity<PaymentTransaction>().ToTable(t => t.UseSqlReturningClause(false));
    }
}
