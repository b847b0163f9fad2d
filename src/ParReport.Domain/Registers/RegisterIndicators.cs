using ParReport.Domain.Periods;
using ParReport.Domain.Templates;

namespace ParReport.Domain.Registers;

/// <summary>
/// The values a unit's registers give a template's indicators for a window. A register the unit has never kept (no row
/// at all) gives nothing: its indicators stay for the official to type, rather than a 0 nobody counted.
/// </summary>
public static class RegisterIndicators
{
    public static IReadOnlyDictionary<string, decimal> Values(ReportTemplate template, IReadOnlyDictionary<string, IReadOnlyList<RegisterRow>> registers, CutOffWindow window)
    {
        var values = new Dictionary<string, decimal>();
        foreach (var indicator in template.Indicators)
            if (indicator.Register is { } source && registers.GetValueOrDefault(source.Register) is { Count: > 0 } rows)
                values[indicator.Key] = source.Value(rows, window);
        return values;
    }
}
