namespace ParReport.Storage;

/// <summary>Vietnamese messages of the storage layer.</summary>
internal static class StorageMessages
{
    public const string DuplicateCode = "mã hồ sơ trùng với một dòng trước đó của cùng tệp.";
}
