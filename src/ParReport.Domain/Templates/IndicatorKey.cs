namespace ParReport.Domain.Templates;

/// <summary>Builds and splits the "form/code" key that identifies an indicator inside a template.</summary>
public static class IndicatorKey
{
    public static string Of(string formCode, string code) => $"{formCode}/{code}";

    public static (string FormCode, string Code) Split(string key)
    {
        var slash = key.IndexOf('/');
        return slash < 0 ? ("", key) : (key[..slash], key[(slash + 1)..]);
    }
}
