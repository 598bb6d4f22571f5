using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Commerce.Infrastructure.Persistence.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class AddWebhookRetentionIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_WebhookDeliveries_Status_LastAttemptAt",
                table: "WebhookDeliveries",
                columns: new[] { "Status", "LastAttemptAt" });

            migrationBuilder.CreateIndex(
                name: "IX_InboundWebhookEvents_Status_ReceivedAt",
                table: "InboundWebhookEvents",
                columns: new[] { "Status", "ReceivedAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_WebhookDeliveries_Status_LastAttemptAt",
                table: "WebhookDeliveries");

            migrationBuilder.DropIndex(
                name: "IX_InboundWebhookEvents_Status_ReceivedAt",
                table: "InboundWebhookEvents");
        }
    }
}
