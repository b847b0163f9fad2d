using ParReport.Domain.Formatting;
using ParReport.Domain.Registers;

namespace ParReport.Documents;

/// <summary>
/// Reads a register's file (CSV, XLSX or XLS, by its first bytes whatever its name) into its cells as text, line by
/// line as the file numbers them, for <see cref="RegisterRows.ReadTable"/>: the first sheet of a workbook, its date
/// cells as dd/MM/yyyy and its numbers as an official types them. A register is a few thousand rows at most, so the file
/// is bounded: its size, its lines, its columns and the length of a cell.
/// </summary>
public static class RegisterFile
{
    public const long MaxBytes = 8L * 1024 * 1024;
    /// <summary>The rows a register may have, with title rows, the header and blank lines around them.</summary>
    public const int MaxLines = RegisterRows.MaxRows + 100;
    public const int MaxColumns = 100;
    /// <summary>Longer than any column takes, so that a cell cut to it is still refused as too long.</summary>
    public const int MaxCellLength = 2_000;
    // 8 MB of XLSX is at most a few hundred megabytes of XML; a register's is far less.
    private const long MaxExpandedBytes = 256L * 1024 * 1024;

    /// <exception cref="UnreadableFileException">Too large, damaged, with more lines than a register has, or a workbook without a sheet.</exception>
    public static IReadOnlyList<IReadOnlyList<string?>> Read(Stream file)
    {
        var (kind, content) = DossierFile.Kind(file);
        if (content.CanSeek && content.Length - content.Position > MaxBytes) throw new UnreadableFileException(Messages.TooLarge(content.Length - content.Position));
        return kind switch
        {
            DossierFile.FileKind.Xlsx => Table(FirstSheet(DossierXlsx.Sheets(content, typed: true, MaxExpandedBytes))),
            DossierFile.FileKind.Xls => Table(FirstSheet(DossierXls.Sheets(content, typed: true))),
            // A record is a line as a spreadsheet program opens the file, whatever line breaks its quoted cells hold.
            _ => Table(DossierCsv.Lines(content).Select((line, i) => (i + 1, line.Cells))),
        };
    }

    // The workbook stays open while its first sheet is read, and is closed after.
    private static IEnumerable<(int Line, List<string> Cells)> FirstSheet(IEnumerable<IEnumerable<(int Line, List<string> Cells)>> sheets)
    {
        using var sheet = sheets.GetEnumerator();
        if (!sheet.MoveNext()) throw new UnreadableFileException(Messages.NoSheet);
        foreach (var line in sheet.Current) yield return line;
    }

    // Line n of the file is the table's n-th: lines the file skips (rows a sheet leaves out) are empty.
    private static List<IReadOnlyList<string?>> Table(IEnumerable<(int Line, List<string> Cells)> lines)
    {
        var table = new List<IReadOnlyList<string?>>();
        foreach (var (line, cells) in lines)
        {
            var content = cells.FindLastIndex(c => !string.IsNullOrWhiteSpace(c)) + 1;
            if (content == 0) continue;
            var at = line > table.Count ? line : table.Count + 1;
            if (at > MaxLines) throw new UnreadableFileException(RegisterMessages.TooManyRows(RegisterRows.MaxRows));
            while (table.Count < at - 1) table.Add([]);
            table.Add(cells.Take(Math.Min(content, MaxColumns)).Select(c => c.Length > MaxCellLength ? c[..MaxCellLength] : c).ToList());
        }
        return table;
    }

    private static class Messages
    {
        public const string NoSheet = "Bảng tính không có trang nào.";

        public static string TooLarge(long bytes) =>
            $"Tệp nặng {VietnameseNumbers.FormatNumber(Math.Round(bytes / 1_048_576m, 1))} MB: tệp của một sổ tối đa {VietnameseNumbers.FormatNumber(MaxBytes / 1_048_576)} MB.";
    }
}
