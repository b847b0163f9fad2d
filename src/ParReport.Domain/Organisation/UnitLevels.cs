namespace ParReport.Domain.Organisation;

/// <summary>The codes used for unit levels in files ("tinh", "huyen", "xa") and their Vietnamese names.</summary>
public static class UnitLevels
{
    public static string Code(UnitLevel level) => level switch
    {
        UnitLevel.Province => "tinh",
        UnitLevel.District => "huyen",
        _ => "xa",
    };

    public static string Name(UnitLevel level) => level switch
    {
        UnitLevel.Province => "Tỉnh",
        UnitLevel.District => "Huyện",
        _ => "Xã",
    };

    public static bool TryParse(string? code, out UnitLevel level)
    {
        switch (code?.Trim().ToLowerInvariant())
        {
            case "tinh": level = UnitLevel.Province; return true;
            case "huyen": level = UnitLevel.District; return true;
            case "xa": level = UnitLevel.Commune; return true;
            default: level = UnitLevel.Commune; return false;
        }
    }
}
