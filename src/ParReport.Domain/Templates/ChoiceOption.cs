namespace ParReport.Domain.Templates;

/// <summary>One option of a coded choice, e.g. code 2 = "Kết hợp".</summary>
public sealed record ChoiceOption(int Code, string Label)
{
    public override string ToString() => $"{Label} = {Code}";
}
