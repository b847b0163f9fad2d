using ParReport.Domain.Templates;

namespace ParReport.Cli;

/// <summary>Prints a template's outline and forms as indented text.</summary>
internal static class TemplatePrinter
{
    public static void Print(ReportTemplate template, TextWriter output)
    {
        output.WriteLine($"{template.Name} — mẫu {template.Id} phiên bản {template.Version}, áp dụng từ {template.ValidFrom:dd/MM/yyyy}");
        output.WriteLine($"Nguồn: {template.Source}");
        output.WriteLine();
        output.WriteLine("ĐỀ CƯƠNG");
        foreach (var item in template.Outline) PrintOutline(template, item, 0, output);
        foreach (var form in template.Forms)
        {
            output.WriteLine();
            output.WriteLine($"BIỂU MẪU {form.Code}: {form.Title} ({template.FieldName(form.Field)})");
            foreach (var i in form.Indicators)
            {
                var indent = new string(' ', 2 * form.DepthOf(i));
                var details = i.Kind switch
                {
                    IndicatorKind.Rate => $"= {i.Numerator} / {i.Denominator}",
                    IndicatorKind.Group => "",
                    _ => i.UnitText,
                };
                var cumulative = i.Cumulative ? " [lũy kế]" : "";
                output.WriteLine($"{indent}{i.Code}\t{i.Label}\t{details}{cumulative}".TrimEnd());
            }
        }
    }

    private static void PrintOutline(ReportTemplate template, OutlineItem item, int depth, TextWriter output)
    {
        var field = item.Field is null ? "" : $" ({template.FieldName(item.Field)})";
        var forms = item.FormCodes.Count == 0 ? "" : $" — biểu mẫu {string.Join(", ", item.FormCodes)}";
        output.WriteLine($"{new string(' ', 2 * depth)}{item.Number}. {item.Title}{field}{forms}");
        foreach (var child in item.Items) PrintOutline(template, child, depth + 1, output);
    }
}
