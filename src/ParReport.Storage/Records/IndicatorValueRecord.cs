namespace ParReport.Storage.Records;

/// <summary>One stored indicator value, keyed "form/code" like the template.</summary>
public sealed class IndicatorValueRecord
{
    public int Id { get; set; }
    public int ReportId { get; set; }
    public required string Key { get; set; }
    public decimal? Number { get; set; }
    public string? Text { get; set; }

    /// <summary>Where the value came from when not typed by an official: "Hồ sơ TTHC: ho-so.csv, nhập lúc 12/03/2024 10:15".</summary>
    public string? Source { get; set; }

    /// <summary>Raised by each change, so that two saves racing on one value cannot both win.</summary>
    public int Version { get; set; }
}
