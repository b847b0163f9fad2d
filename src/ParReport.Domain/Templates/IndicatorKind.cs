namespace ParReport.Domain.Templates;

/// <summary>What an indicator holds, and so how it is entered, checked, summed and shown.</summary>
public enum IndicatorKind
{
    /// <summary>A heading that groups other indicators and holds no value.</summary>
    Group,
    /// <summary>A non-negative whole number of something (Văn bản, Hồ sơ, Người …).</summary>
    Count,
    /// <summary>An amount in triệu đồng.</summary>
    Money,
    /// <summary>A percentage computed from a numerator and a denominator indicator; never entered.</summary>
    Rate,
    /// <summary>A percentage entered directly because the template gives it no parts.</summary>
    Percent,
    /// <summary>One of a fixed list of coded options ("Có = 1; Không = 0").</summary>
    Choice,
    /// <summary>Free text.</summary>
    Text,
}
