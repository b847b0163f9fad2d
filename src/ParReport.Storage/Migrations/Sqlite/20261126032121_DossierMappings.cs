using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ParReport.Storage.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class DossierMappings : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "DossierMappings",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    UnitId = table.Column<int>(type: "INTEGER", nullable: false),
                    Header = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    Column = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DossierMappings", x => x.Id);
                    table.ForeignKey(
                        name: "FK_DossierMappings_Units_UnitId",
                        column: x => x.UnitId,
                        principalTable: "Units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_DossierMappings_UnitId_Header",
                table: "DossierMappings",
                columns: new[] { "UnitId", "Header" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "DossierMappings");
        }
    }
}
