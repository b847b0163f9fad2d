namespace ParReport.Storage;

/// <summary>Vietnamese messages of the storage layer.</summary>
internal static class StorageMessages
{
    public static string DuplicateCode(int firstLine) => $"mã hồ sơ trùng với dòng {firstLine} của cùng tệp.";
}
