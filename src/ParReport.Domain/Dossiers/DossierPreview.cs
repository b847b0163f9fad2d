namespace ParReport.Domain.Dossiers;

/// <summary>
/// What an import would read, shown before anything is stored: each column found, with the file's header, how sure
/// the match is and five values from the file; the columns not found and what the statistics then cannot give; the
/// file's headers left unread (which the user may map to a column).
/// </summary>
public sealed record DossierPreview(DossierColumns Columns, IReadOnlyList<IReadOnlyList<string>> Rows)
{
    public const int Samples = 5;

    public sealed record Found(DossierColumn Column, string Name, string Header, double Confidence, IReadOnlyList<string> Samples);

    public IReadOnlyList<Found> Matched => Enum.GetValues<DossierColumn>().Where(c => Columns.IndexOf(c) >= 0)
        .Select(c => new Found(c, DossierMessages.ColumnName(c), Columns.HeaderOf(c), Columns.ConfidenceOf(c),
            Rows.Select(r => Columns.IndexOf(c) < r.Count ? r[Columns.IndexOf(c)].Trim() : "").Where(v => v.Length > 0).Take(Samples).ToList()))
        .ToList();

    /// <summary>The columns the statistics use that were not found, by their usual headers.</summary>
    public IReadOnlyList<string> NotFound => Columns.Absent.Select(DossierMessages.ColumnName).ToList();

    public IReadOnlyList<string> Unavailable => DossierColumns.Unavailable(Columns.Unknowns);

    /// <summary>The file's headers no column is read from.</summary>
    public IReadOnlyList<string> Unread => Columns.Headers.Where((h, i) => h.Trim().Length > 0 && !Enum.GetValues<DossierColumn>().Any(c => Columns.IndexOf(c) == i)).ToList();

    /// <summary>The preview as lines of text, as the command line prints it.</summary>
    public IEnumerable<string> Lines()
    {
        yield return "Các cột đọc được:";
        foreach (var found in Matched)
            yield return $"  {found.Name} ← «{found.Header}»{(found.Confidence < 1 ? $" (gần đúng {Formatting.VietnameseNumbers.FormatPercent(Math.Round((decimal)found.Confidence * 100))})" : "")}: "
                + (found.Samples.Count > 0 ? string.Join(" · ", found.Samples) : "(trống)");
        if (NotFound.Count > 0) yield return $"Không tìm thấy cột: {string.Join(", ", NotFound)}.";
        if (Unread.Count > 0) yield return $"Tiêu đề không dùng: {string.Join(", ", Unread.Select(h => $"«{h}»"))} (gán bằng --map \"tiêu đề=cột\" nếu cần).";
        foreach (var line in Unavailable) yield return line;
        yield return $"Đã xem {Formatting.VietnameseNumbers.FormatNumber(Rows.Count)} dòng đầu; chưa nhập gì.";
    }
}
