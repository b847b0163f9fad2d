using System.CommandLine;
using ParReport.Application;
using ParReport.Application.Registers;
using ParReport.Documents;
using ParReport.Domain.Registers;
using ParReport.Storage;

namespace ParReport.Cli;

/// <summary>`parreport registers list UNIT [REGISTER]`, `registers import UNIT REGISTER FILE` and `registers template REGISTER OUT.xlsx`.</summary>
public static class RegistersCommands
{
    private static readonly string Ids = string.Join(", ", RegisterCatalog.All.Select(r => r.Id));

    public static Command Build(Option<string> db, TextWriter output, TextWriter error)
    {
        var registers = new Command("registers", "Sổ theo dõi của đơn vị (văn bản, nhiệm vụ, kiểm tra, thủ tục, biên chế): liệt kê, nhập từ tệp, tệp mẫu.");
        registers.Subcommands.Add(List(db, output, error));
        registers.Subcommands.Add(Import(db, output, error));
        registers.Subcommands.Add(Template(output, error));
        return registers;
    }

    private static Command List(Option<string> db, TextWriter output, TextWriter error)
    {
        var unit = new Argument<string>("unit") { Description = "Mã đơn vị." };
        var register = new Argument<string?>("register") { Description = $"Sổ cần in các dòng ({Ids}); bỏ trống để đếm dòng của mọi sổ.", Arity = ArgumentArity.ZeroOrOne };
        var list = new Command("list", "Số dòng của từng sổ của đơn vị, hoặc các dòng của một sổ (cột cách nhau bằng tab).") { unit, register };
        list.SetAction(async (parse, cancel) =>
        {
            var (code, id) = (parse.GetValue(unit)!, parse.GetValue(register));
            await using var context = await CliApp.OpenDatabaseAsync(parse.GetValue(db)!, cancel);
            var keep = new KeepRegisters(context, TimeProvider.System);
            if (id is null)
            {
                var counts = await keep.CountsAsync(null, code, cancel);
                if (!counts.IsDone) return Refused(counts, code, null, error);
                foreach (var r in RegisterCatalog.All) output.WriteLine($"{r.Id}\t{counts.Value![r.Id]}\t{r.Name}");
                return ExitCodes.Ok;
            }
            var rows = await keep.RowsAsync(null, code, id, cancel);
            if (!rows.IsDone) return Refused(rows, code, id, error);
            var columns = RegisterCatalog.Get(id).Columns;
            output.WriteLine(string.Join('\t', columns.Select(c => c.Header)));
            foreach (var stored in rows.Value!) output.WriteLine(string.Join('\t', columns.Select(c => RegisterCells.Show(c, stored.Row.Text(c.Id)).ReplaceLineEndings(" "))));
            return ExitCodes.Ok;
        });
        return list;
    }

    private static Command Import(Option<string> db, TextWriter output, TextWriter error)
    {
        var unit = new Argument<string>("unit") { Description = "Mã đơn vị." };
        var register = new Argument<string>("register") { Description = $"Sổ: {Ids}." };
        var file = new Argument<FileInfo>("file") { Description = "Tệp CSV, XLSX hoặc XLS có dòng tiêu đề như tệp mẫu." };
        var import = new Command("import", "Thay toàn bộ sổ của đơn vị bằng các dòng của tệp; tệp có dòng lỗi thì không nhập gì.") { unit, register, file };
        import.SetAction(async (parse, cancel) =>
        {
            var path = parse.GetValue(file)!;
            if (!path.Exists)
            {
                error.WriteLine(CliMessages.FileNotFound(path.FullName));
                return ExitCodes.Unreadable;
            }
            var code = parse.GetValue(unit)!;
            await using var context = await CliApp.OpenDatabaseAsync(parse.GetValue(db)!, cancel);
            await using var stream = path.OpenRead();
            var imported = await new KeepRegisters(context, TimeProvider.System).ImportAsync(null, code, parse.GetValue(register)!, path.Name, stream, cancel);
            if (!imported.IsDone) return Refused(imported, code, parse.GetValue(register), error);
            output.WriteLine(CliMessages.RegisterImported(imported.Value!.Rows, imported.Value.Replaced, path.Name));
            if (imported.Value.Flowed > 0) output.WriteLine(CliMessages.RegisterFlowed(imported.Value.Flowed));
            return ExitCodes.Ok;
        });
        return import;
    }

    private static Command Template(TextWriter output, TextWriter error)
    {
        var register = new Argument<string>("register") { Description = $"Sổ: {Ids}." };
        var file = new Argument<string>("output") { Description = "Tệp XLSX kết quả." };
        var template = new Command("template", "Ghi tệp mẫu XLSX của một sổ: dòng tiêu đề với các cột, cách ghi từng cột.") { register, file };
        template.SetAction(async (parse, cancel) =>
        {
            if (RegisterCatalog.Find(parse.GetValue(register)!) is not { } found)
            {
                error.WriteLine(RegisterMessages.UnknownRegister(parse.GetValue(register)!));
                return ExitCodes.Unreadable;
            }
            await AtomicFile.WriteAllBytesAsync(parse.GetValue(file)!, RegisterWorkbook.Template(found), cancel);
            output.WriteLine(CliMessages.Written(parse.GetValue(file)!));
            return ExitCodes.Ok;
        });
        return template;
    }

    // A file refused for its rows is one line per kind of error after the first (exit 1); an unknown unit or register, or a
    // file not read at all, is its one message (exit 2).
    private static int Refused<T>(Result<T> result, string unit, string? register, TextWriter error)
    {
        if (result.Outcome == Outcome.NotFound && (register is null || RegisterCatalog.Find(register) is not null))
        {
            error.WriteLine(CliMessages.UnknownUnit(unit));
            return ExitCodes.Unreadable;
        }
        foreach (var message in result.Messages) error.WriteLine(message);
        return result.Messages.Count > 1 ? ExitCodes.Problems : ExitCodes.Unreadable;
    }
}
