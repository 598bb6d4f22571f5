using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Commerce.Infrastructure.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class VendorEconomics : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "TransactionFeeMinorUnits",
                table: "Vendors",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.CreateTable(
                name: "CategoryCommissionRates",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CategoryId = table.Column<int>(type: "INTEGER", nullable: false),
                    VendorId = table.Column<int>(type: "INTEGER", nullable: true),
                    RateBasisPoints = table.Column<int>(type: "INTEGER", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CategoryCommissionRates", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CategoryCommissionRates_Categories_CategoryId",
                        column: x => x.CategoryId,
                        principalTable: "Categories",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_CategoryCommissionRates_Vendors_VendorId",
                        column: x => x.VendorId,
                        principalTable: "Vendors",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "CommissionTiers",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    VendorId = table.Column<int>(type: "INTEGER", nullable: false),
                    Currency = table.Column<string>(type: "TEXT", maxLength: 3, nullable: false),
                    MonthlyGmvThresholdMinorUnits = table.Column<long>(type: "INTEGER", nullable: false),
                    RateBasisPoints = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CommissionTiers", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CommissionTiers_Vendors_VendorId",
                        column: x => x.VendorId,
                        principalTable: "Vendors",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "PayoutStatements",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    VendorId = table.Column<int>(type: "INTEGER", nullable: false),
                    Period = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    PeriodStart = table.Column<DateTime>(type: "TEXT", nullable: false),
                    PeriodEnd = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Currency = table.Column<string>(type: "TEXT", maxLength: 3, nullable: false),
                    LineCount = table.Column<int>(type: "INTEGER", nullable: false),
                    GrossMinorUnits = table.Column<long>(type: "INTEGER", nullable: false),
                    CommissionMinorUnits = table.Column<long>(type: "INTEGER", nullable: false),
                    FeeMinorUnits = table.Column<long>(type: "INTEGER", nullable: false),
                    NetMinorUnits = table.Column<long>(type: "INTEGER", nullable: false),
                    PaymentReference = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    PaidAt = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PayoutStatements", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PayoutStatements_Vendors_VendorId",
                        column: x => x.VendorId,
                        principalTable: "Vendors",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "VendorEarnings",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    VendorId = table.Column<int>(type: "INTEGER", nullable: false),
                    OrderId = table.Column<int>(type: "INTEGER", nullable: false),
                    OrderLineId = table.Column<int>(type: "INTEGER", nullable: false),
                    PaymentTransactionId = table.Column<int>(type: "INTEGER", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    EntryKey = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Currency = table.Column<string>(type: "TEXT", maxLength: 3, nullable: false),
                    GrossMinorUnits = table.Column<long>(type: "INTEGER", nullable: false),
                    RateBasisPoints = table.Column<int>(type: "INTEGER", nullable: false),
                    CommissionMinorUnits = table.Column<long>(type: "INTEGER", nullable: false),
                    FeeMinorUnits = table.Column<long>(type: "INTEGER", nullable: false),
                    NetMinorUnits = table.Column<long>(type: "INTEGER", nullable: false),
                    RecordedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    PayoutStatementId = table.Column<int>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_VendorEarnings", x => x.Id);
                    table.ForeignKey(
                        name: "FK_VendorEarnings_OrderLines_OrderLineId",
                        column: x => x.OrderLineId,
                        principalTable: "OrderLines",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_VendorEarnings_Orders_OrderId",
                        column: x => x.OrderId,
                        principalTable: "Orders",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_VendorEarnings_PaymentTransactions_PaymentTransactionId",
                        column: x => x.PaymentTransactionId,
                        principalTable: "PaymentTransactions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_VendorEarnings_PayoutStatements_PayoutStatementId",
                        column: x => x.PayoutStatementId,
                        principalTable: "PayoutStatements",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_VendorEarnings_Vendors_VendorId",
                        column: x => x.VendorId,
                        principalTable: "Vendors",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_CategoryCommissionRates_CategoryId_VendorId",
                table: "CategoryCommissionRates",
                columns: new[] { "CategoryId", "VendorId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CategoryCommissionRates_VendorId",
                table: "CategoryCommissionRates",
                column: "VendorId");

            migrationBuilder.CreateIndex(
                name: "IX_CommissionTiers_VendorId_Currency_MonthlyGmvThresholdMinorUnits",
                table: "CommissionTiers",
                columns: new[] { "VendorId", "Currency", "MonthlyGmvThresholdMinorUnits" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PayoutStatements_VendorId_PeriodStart",
                table: "PayoutStatements",
                columns: new[] { "VendorId", "PeriodStart" });

            migrationBuilder.CreateIndex(
                name: "IX_VendorEarnings_EntryKey",
                table: "VendorEarnings",
                column: "EntryKey",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_VendorEarnings_OrderId",
                table: "VendorEarnings",
                column: "OrderId");

            migrationBuilder.CreateIndex(
                name: "IX_VendorEarnings_OrderLineId",
                table: "VendorEarnings",
                column: "OrderLineId");

            migrationBuilder.CreateIndex(
                name: "IX_VendorEarnings_PaymentTransactionId",
                table: "VendorEarnings",
                column: "PaymentTransactionId");

            migrationBuilder.CreateIndex(
                name: "IX_VendorEarnings_PayoutStatementId",
                table: "VendorEarnings",
                column: "PayoutStatementId");

            migrationBuilder.CreateIndex(
                name: "IX_VendorEarnings_VendorId_RecordedAt",
                table: "VendorEarnings",
                columns: new[] { "VendorId", "RecordedAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "CategoryCommissionRates");

            migrationBuilder.DropTable(
                name: "CommissionTiers");

            migrationBuilder.DropTable(
                name: "VendorEarnings");

            migrationBuilder.DropTable(
                name: "PayoutStatements");

            migrationBuilder.DropColumn(
                name: "TransactionFeeMinorUnits",
                table: "Vendors");
        }
    }
}
