using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace ParReport.Storage.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class DossierBlocks : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "DossierBlocks",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    UnitId = table.Column<int>(type: "integer", nullable: false),
                    ImportId = table.Column<int>(type: "integer", nullable: false),
                    Count = table.Column<int>(type: "integer", nullable: false),
                    LastReceived = table.Column<DateTime>(type: "timestamp without time zone", nullable: false),
                    Figures = table.Column<byte[]>(type: "bytea", nullable: false),
                    Codes = table.Column<byte[]>(type: "bytea", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DossierBlocks", x => x.Id);
                    table.ForeignKey(
                        name: "FK_DossierBlocks_Units_UnitId",
                        column: x => x.UnitId,
                        principalTable: "Units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            // Blocks are packed already: PostgreSQL's own compression would cost more time than it saves space.
            migrationBuilder.Sql("""ALTER TABLE "DossierBlocks" ALTER COLUMN "Figures" SET STORAGE EXTERNAL, ALTER COLUMN "Codes" SET STORAGE EXTERNAL""");

            migrationBuilder.CreateIndex(
                name: "IX_DossierBlocks_UnitId",
                table: "DossierBlocks",
                column: "UnitId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "DossierBlocks");
        }
    }
}
