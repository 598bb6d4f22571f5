using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Commerce.Infrastructure.Persistence.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class AddDashboardIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_OrderLines_OrderId",
                table: "OrderLines");

            migrationBuilder.CreateIndex(
                name: "IX_PaymentTransactions_Dashboard",
                table: "PaymentTransactions",
                columns: new[] { "Kind", "Status", "OrderId", "AmountMinorUnits" });

            migrationBuilder.CreateIndex(
                name: "IX_Orders_Dashboard",
                table: "Orders",
                columns: new[] { "PlacedAt", "Status", "Currency", "CustomerId", "TotalMinorUnits", "PaymentStatus" });

            migrationBuilder.CreateIndex(
                name: "IX_OrderLines_Dashboard",
                table: "OrderLines",
                columns: new[] { "OrderId", "VendorId", "ProductId", "Quantity", "LineTotalMinorUnits" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_PaymentTransactions_Dashboard",
                table: "PaymentTransactions");

            migrationBuilder.DropIndex(
                name: "IX_Orders_Dashboard",
                table: "Orders");

            migrationBuilder.DropIndex(
                name: "IX_OrderLines_Dashboard",
                table: "OrderLines");

            migrationBuilder.CreateIndex(
                name: "IX_OrderLines_OrderId",
                table: "OrderLines",
                column: "OrderId");
        }
    }
}
