using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Commerce.Infrastructure.Persistence.Migrations.SqlServer
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
                    Currency = table.Column<string>(type: "nvarchar(3)", maxLength: 3, nullable: false),
                    Day = table.Column<DateOnly>(type: "date", nullable: false),
                    ProductId = table.Column<int>(type: "int", nullable: false),
                    VendorId = table.Column<int>(type: "int", nullable: false),
                    Units = table.Column<long>(type: "bigint", nullable: false),
                    RevenueMinorUnits = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DailyProductSales", x => new { x.Currency, x.Day, x.ProductId, x.VendorId });
                });

            migrationBuilder.CreateTable(
                name: "DailySales",
                columns: table => new
                {
                    Currency = table.Column<string>(type: "nvarchar(3)", maxLength: 3, nullable: false),
                    Day = table.Column<DateOnly>(type: "date", nullable: false),
                    OrderCount = table.Column<long>(type: "bigint", nullable: false),
                    RevenueMinorUnits = table.Column<long>(type: "bigint", nullable: false),
                    RefundedMinorUnits = table.Column<long>(type: "bigint", nullable: false)
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
