namespace ParReport.Domain.Organisation;

/// <summary>The tier of an organisation unit; templates are made for a tier.</summary>
public enum UnitLevel
{
    /// <summary>Tỉnh, thành phố trực thuộc Trung ương.</summary>
    Province,
    /// <summary>Huyện, quận, thị xã, thành phố thuộc tỉnh (abolished in the 2025 reform).</summary>
    District,
    /// <summary>Xã, phường, thị trấn.</summary>
    Commune,
}
