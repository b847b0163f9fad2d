namespace ParReport.Domain.Organisation;

/// <summary>Vietnamese messages for an organisation tree that does not hold together.</summary>
internal static class OrgTreeMessages
{
    public static string DuplicateCode(string code) => $"mã đơn vị «{code}» bị trùng.";
    public static string UnknownParent(string code, string parent) => $"đơn vị «{code}» có đơn vị cấp trên «{parent}» không tồn tại.";
    public static string Cycle(string path) => $"quan hệ cấp trên tạo thành vòng lặp: {path}.";
    public static string LevelNotBelowParent(string code, string level, string parent, string parentLevel) =>
        $"đơn vị «{code}» cấp {level.ToLowerInvariant()} không thể trực thuộc «{parent}» cấp {parentLevel.ToLowerInvariant()}.";
}
