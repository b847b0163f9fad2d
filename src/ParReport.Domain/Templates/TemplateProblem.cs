namespace ParReport.Domain.Templates;

/// <summary>Why a template file was refused: the file, the code concerned (if any) and the problem in Vietnamese.</summary>
public sealed record TemplateProblem(string File, string? Code, string Message)
{
    public override string ToString() => Code is null ? $"{File}: {Message}" : $"{File}: chỉ tiêu/mục {Code}: {Message}";
}
