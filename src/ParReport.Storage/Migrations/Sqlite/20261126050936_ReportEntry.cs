using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ParReport.Storage.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ReportEntry : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_Dossiers_DossierImports_ImportId",
                table: "Dossiers");

            migrationBuilder.DropIndex(
                name: "IX_Dossiers_ImportId",
                table: "Dossiers");

            migrationBuilder.DropIndex(
                name: "IX_Dossiers_UnitId_Received",
                table: "Dossiers");

            migrationBuilder.AddColumn<DateOnly>(
                name: "DocumentDate",
                table: "Requests",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "DocumentNumber",
                table: "Requests",
                type: "TEXT",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "DocumentDate",
                table: "Reports",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "DocumentNumber",
                table: "Reports",
                type: "TEXT",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "SignerName",
                table: "Reports",
                type: "TEXT",
                maxLength: 128,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "Version",
                table: "Narratives",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<string>(
                name: "Source",
                table: "IndicatorValues",
                type: "TEXT",
                maxLength: 256,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "Version",
                table: "IndicatorValues",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.CreateTable(
                name: "Assignments",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ReportId = table.Column<int>(type: "INTEGER", nullable: false),
                    PartKey = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    AssigneeId = table.Column<string>(type: "TEXT", nullable: true),
                    Deadline = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Status = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Assignments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Assignments_AspNetUsers_AssigneeId",
                        column: x => x.AssigneeId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_Assignments_Reports_ReportId",
                        column: x => x.ReportId,
                        principalTable: "Reports",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Audit",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ReportId = table.Column<int>(type: "INTEGER", nullable: false),
                    Subject = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Key = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Old = table.Column<string>(type: "TEXT", nullable: true),
                    New = table.Column<string>(type: "TEXT", nullable: true),
                    UserName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    At = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    Reason = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Audit", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Audit_Reports_ReportId",
                        column: x => x.ReportId,
                        principalTable: "Reports",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Assignments_AssigneeId",
                table: "Assignments",
                column: "AssigneeId");

            migrationBuilder.CreateIndex(
                name: "IX_Assignments_ReportId_PartKey",
                table: "Assignments",
                columns: new[] { "ReportId", "PartKey" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Audit_ReportId_Key",
                table: "Audit",
                columns: new[] { "ReportId", "Key" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Assignments");

            migrationBuilder.DropTable(
                name: "Audit");

            migrationBuilder.DropColumn(
                name: "DocumentDate",
                table: "Requests");

            migrationBuilder.DropColumn(
                name: "DocumentNumber",
                table: "Requests");

            migrationBuilder.DropColumn(
                name: "DocumentDate",
                table: "Reports");

            migrationBuilder.DropColumn(
                name: "DocumentNumber",
                table: "Reports");

            migrationBuilder.DropColumn(
                name: "SignerName",
                table: "Reports");

            migrationBuilder.DropColumn(
                name: "Version",
                table: "Narratives");

            migrationBuilder.DropColumn(
                name: "Source",
                table: "IndicatorValues");

            migrationBuilder.DropColumn(
                name: "Version",
                table: "IndicatorValues");

            migrationBuilder.CreateIndex(
                name: "IX_Dossiers_ImportId",
                table: "Dossiers",
                column: "ImportId");

            migrationBuilder.CreateIndex(
                name: "IX_Dossiers_UnitId_Received",
                table: "Dossiers",
                columns: new[] { "UnitId", "Received" });

            migrationBuilder.AddForeignKey(
                name: "FK_Dossiers_DossierImports_ImportId",
                table: "Dossiers",
                column: "ImportId",
                principalTable: "DossierImports",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);
        }
    }
}
