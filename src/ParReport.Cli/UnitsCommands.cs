using System.CommandLine;
using ParReport.Domain.Text;
using ParReport.Storage;

namespace ParReport.Cli;

/// <summary>`parreport units import FILE.csv` and `parreport units list`.</summary>
public static class UnitsCommands
{
    public static Command Build(Option<string> db, TextWriter output, TextWriter error)
    {
        var units = new Command("units", "Đơn vị hành chính: nhập từ tệp CSV, liệt kê.");

        var file = new Argument<FileInfo>("file") { Description = "Tệp CSV: ma,ten,cap,ma_cap_tren (cap: tinh | huyen | xa)." };
        var import = new Command("import", "Nhập (thêm mới hoặc cập nhật) đơn vị từ tệp CSV. Tệp có lỗi thì không nhập dòng nào.") { file };
        import.SetAction(async (parse, cancel) =>
        {
            var path = parse.GetValue(file)!;
            if (!path.Exists)
            {
                error.WriteLine(CliMessages.FileNotFound(path.FullName));
                return ExitCodes.Unreadable;
            }
            var read = UnitCsv.Read(path.FullName);
            if (read.Errors.Count > 0 || read.RowErrors.Count > 0)
            {
                foreach (var e in read.Errors) error.WriteLine($"{path.Name}: {e}");
                // One line per kind of error, not one per row: 3.000 rows alike are one line.
                foreach (var g in RowErrorGroups.Of(read.RowErrors)) error.WriteLine($"{path.Name}: {g}");
                error.WriteLine(CliMessages.NothingImported(read.Errors.Count + read.RowErrors.Select(e => e.Line).Distinct().Count()));
                return ExitCodes.Problems;
            }
            await using var context = await CliApp.OpenDatabaseAsync(parse.GetValue(db)!, cancel);
            var problems = await new UnitStore(context).ImportAsync(read.Units.Select(u => u.Unit).ToList(), cancel);
            if (problems.Count > 0)
            {
                var lines = read.Units.ToDictionary(u => u.Unit.Code, u => u.Line);
                foreach (var p in problems)
                    error.WriteLine(lines.TryGetValue(p.UnitCode, out var line) ? CliMessages.LineProblem(path.Name, line, p.Message) : $"{path.Name}: {p.Message}");
                error.WriteLine(CliMessages.NothingImported(problems.Count));
                return ExitCodes.Problems;
            }
            output.WriteLine(CliMessages.UnitsImported(read.Units.Count, path.Name));
            return ExitCodes.Ok;
        });

        var list = new Command("list", "Liệt kê các đơn vị theo cây tổ chức.");
        list.SetAction(async (parse, cancel) =>
        {
            await using var context = await CliApp.OpenDatabaseAsync(parse.GetValue(db)!, cancel);
            var tree = await new UnitStore(context).LoadTreeAsync(cancel);
            foreach (var root in tree.Roots.OrderBy(u => u.Code))
                foreach (var unit in tree.DescendantsOf(root.Code).Prepend(root))
                    output.WriteLine($"{new string(' ', 2 * tree.DepthOf(unit.Code))}{unit.Code}\t{unit.Name}");
            return ExitCodes.Ok;
        });

        units.Subcommands.Add(import);
        units.Subcommands.Add(list);
        return units;
    }
}
