using System.CommandLine;
using ParReport.Domain.Templates;

namespace ParReport.Cli;

/// <summary>`parreport templates list|show|validate`.</summary>
public static class TemplatesCommands
{
    public static Command Build(TextWriter output, TextWriter error)
    {
        var templates = new Command("templates", "Mẫu báo cáo: liệt kê, xem, kiểm tra tệp mẫu.");

        var list = new Command("list", "Liệt kê các mẫu báo cáo có sẵn và các phiên bản.");
        list.SetAction(_ =>
        {
            output.WriteLine("Mã mẫu\tPhiên bản\tCấp\tÁp dụng từ\tBiểu mẫu\tChỉ tiêu\tTên");
            foreach (var t in TemplateCatalog.BuiltIn.All.OrderBy(t => t.Id).ThenBy(t => t.Version))
                output.WriteLine($"{t.Id}\t{t.Version}\t{t.Level}\t{t.ValidFrom:dd/MM/yyyy}\t{t.Forms.Count}\t{t.Indicators.Count()}\t{t.Name}");
            return ExitCodes.Ok;
        });

        var id = new Argument<string>("id") { Description = "Mã mẫu, ví dụ xa hoặc huyen." };
        var version = new Option<int?>("--version", "-v") { Description = "Phiên bản (mặc định: mới nhất)." };
        var show = new Command("show", "Xem đề cương và các biểu mẫu của một mẫu báo cáo.") { id, version };
        show.SetAction(parse =>
        {
            var wanted = parse.GetValue(id)!;
            var versions = TemplateCatalog.BuiltIn.All.Where(t => t.Id == wanted).ToList();
            var template = parse.GetValue(version) is { } v ? versions.FirstOrDefault(t => t.Version == v) : versions.MaxBy(t => t.Version);
            if (template is null)
            {
                error.WriteLine(CliMessages.UnknownTemplate(wanted, parse.GetValue(version)));
                return ExitCodes.Unreadable;
            }
            TemplatePrinter.Print(template, output);
            return ExitCodes.Ok;
        });

        var files = new Argument<FileInfo[]>("files") { Description = "Tệp mẫu JSON cần kiểm tra.", Arity = ArgumentArity.OneOrMore };
        var validate = new Command("validate", "Kiểm tra tệp mẫu báo cáo (JSON) trước khi đưa vào sử dụng.") { files };
        validate.SetAction(parse =>
        {
            var exit = ExitCodes.Ok;
            foreach (var file in parse.GetValue(files)!)
            {
                if (!file.Exists)
                {
                    error.WriteLine(CliMessages.TemplateFileMissing(file.Name, file.FullName));
                    exit = ExitCodes.Unreadable;
                    continue;
                }
                var result = TemplateParser.Parse(file.Name, File.ReadAllText(file.FullName));
                if (result.Template is { } t)
                    output.WriteLine(CliMessages.TemplateValid(file.Name, t.Id, t.Version, t.Forms.Count, t.Indicators.Count(), t.Rules.Count));
                else
                {
                    foreach (var problem in result.Problems) error.WriteLine(problem);
                    exit = Math.Max(exit, ExitCodes.Problems);
                }
            }
            return exit;
        });

        templates.Subcommands.Add(list);
        templates.Subcommands.Add(show);
        templates.Subcommands.Add(validate);
        return templates;
    }
}
