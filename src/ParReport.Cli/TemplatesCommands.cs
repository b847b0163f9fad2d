using System.CommandLine;
using ParReport.Domain.Checking;
using ParReport.Domain.Templates;

namespace ParReport.Cli;

/// <summary>`parreport templates list|show|validate|infer`.</summary>
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

        var report = new Argument<FileInfo>("file") { Description = "Báo cáo có phụ lục (.txt, .docx hoặc .pdf)." };
        var outputFile = new Option<FileInfo?>("--output", "-o") { Description = "Ghi mẫu JSON vào tệp này (mặc định: in ra màn hình)." };
        var infer = new Command("infer", "Suy ra một mẫu báo cáo (JSON) từ phụ lục của một báo cáo, để rà soát rồi dùng làm mẫu mới.") { report, outputFile };
        infer.SetAction(parse => Infer(parse.GetValue(report)!, parse.GetValue(outputFile), output, error));

        templates.Subcommands.Add(list);
        templates.Subcommands.Add(show);
        templates.Subcommands.Add(validate);
        templates.Subcommands.Add(infer);
        return templates;
    }

    private static int Infer(FileInfo file, FileInfo? target, TextWriter output, TextWriter error)
    {
        if (CheckCommand.ReadReport(file, error) is not { } lines) return ExitCodes.Unreadable;
        var document = ReportReader.Read(lines);
        var validFrom = document.Period?.DefaultWindow.From ?? document.Date ?? DateOnly.FromDateTime(DateTime.Today);
        if (AppendixTemplate.Infer(document.Appendix, CliMessages.InferredName(file.Name), validFrom) is not { } inferred)
        {
            error.WriteLine(CliMessages.NoAppendix(file.Name));
            return ExitCodes.Unreadable;
        }
        if (target is null) output.WriteLine(inferred.Json);
        else File.WriteAllText(target.FullName, inferred.Json + Environment.NewLine);
        var t = inferred.Template;
        error.WriteLine(CliMessages.Inferred(file.Name, document.Appendix.Count, t.Forms.Count, t.Indicators.Count(),
            t.Indicators.Count(i => i.Kind == IndicatorKind.Rate), t.Indicators.Count(i => i.Kind == IndicatorKind.Choice), t.Rules.Count, target?.FullName));
        return ExitCodes.Ok;
    }
}
