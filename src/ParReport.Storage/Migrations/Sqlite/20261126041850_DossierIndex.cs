using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ParReport.Storage.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class DossierIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Dossiers_UnitId_Received",
                table: "Dossiers");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_Dossiers_UnitId_Received",
                table: "Dossiers",
                columns: new[] { "UnitId", "Received" });
        }
    }
}
