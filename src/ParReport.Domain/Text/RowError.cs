namespace ParReport.Domain.Text;

/// <summary>Why a row of a file (a dossier export, a list of units) was refused: its line, the column and the value, in Vietnamese.</summary>
public sealed record RowError(int Line, string Column, string Value, string Message)
{
    public override string ToString() => $"dòng {Line}, cột «{Column}», giá trị «{Value}»: {Message}";
}
