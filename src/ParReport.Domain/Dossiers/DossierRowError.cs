namespace ParReport.Domain.Dossiers;

/// <summary>Why a row of a dossier file was refused: its line, the column and the value, in Vietnamese.</summary>
public sealed record DossierRowError(int Line, string Column, string Value, string Message)
{
    public override string ToString() => $"dòng {Line}, cột «{Column}», giá trị «{Value}»: {Message}";
}
