using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Commerce.Infrastructure.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class AddSalesRollup : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "DailyProductSales",
                columns: table => new
                {
                    Currency = table.Column<string>(type: "TEXT", maxLength: 3, nullable: false),
                    Day = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ProductId = table.Column<int>(type: "INTEGER", nullable: false),
                    VendorId = table.Column<int>(type: "INTEGER", nullable: false),
                    Units = table.Column<long>(type: "INTEGER", nullable: false),
                    RevenueMinorUnits = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DailyProductSales", x => new { x.Currency, x.Day, x.ProductId, x.VendorId });
                });

            migrationBuilder.CreateTable(
                name: "DailySales",
                columns: table => new
                {
                    Currency = table.Column<string>(type: "TEXT", maxLength: 3, nullable: false),
                    Day = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    OrderCount = table.Column<long>(type: "INTEGER", nullable: false),
                    RevenueMinorUnits = table.Column<long>(type: "INTEGER", nullable: false),
                    RefundedMinorUnits = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DailySales", x => new { x.Currency, x.Day });
                });

            CreateRollupTriggersAndBackfill(migrationBuilder);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            DropRollupTriggers(migrationBuilder);

            migrationBuilder.DropTable(
                name: "DailyProductSales");

            migrationBuilder.DropTable(
                name: "DailySales");
        }
    }
}
