using nietras.SeparatedValues;
using ParReport.Domain.Dossiers;

namespace ParReport.Documents;

/// <summary>The refused rows of a dossier file as CSV (UTF-8 with BOM, for Excel): line, column, value, reason.</summary>
public static class DossierErrorsCsv
{
    public static void Write(IEnumerable<DossierRowError> errors, Stream output)
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
