using nietras.SeparatedValues;
using ParReport.Domain.Dossiers;
using ParReport.Domain.Text;

namespace ParReport.Documents;

/// <summary>The refused rows of a file as CSV (UTF-8 with BOM, for Excel): line, column, value, reason.</summary>
public static class RowErrorsCsv
{
    public static void Write(IEnumerable<RowError> errors, Stream output)
    {
        output.Write(System.Text.Encoding.UTF8.Preamble);
        using var writer = Sep.New(',').Writer(o => o with { Escape = true }).To(output, leaveOpen: true);
        foreach (var e in errors)
        {
            using var row = writer.NewRow();
            row["dong"].Format(e.Line);
            row["cot"].Set(e.Column);
            row["gia_tri"].Set(e.Value);
            row["loi"].Set(e.Message);
        }
    }
}
