using System.Diagnostics;
using System.IO.Compression;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using ParReport.Domain.Templates;

namespace ParReport.Documents.Tests;

/// <summary>A hostile file of a few kilobytes costs little to refuse or read: zip bombs, deep nesting, huge text.</summary>
public class ReadLimitsTest
{
    // The zip with one more entry of zeros that packs to almost nothing.
    private static byte[] WithBomb(byte[] zip, long zeros)
    {
        using var stream = new MemoryStream();
        stream.Write(zip);
        using (var archive = new ZipArchive(stream, ZipArchiveMode.Update, leaveOpen: true))
        {
            using var entry = archive.CreateEntry("customXml/bom.xml", CompressionLevel.SmallestSize).Open();
            var block = new byte[1_048_576];
            for (long written = 0; written < zeros; written += block.Length) entry.Write(block);
        }
        return stream.ToArray();
    }

    [Fact]
    public void A_report_that_expands_to_hundreds_of_megabytes_is_refused_before_it_is_unpacked()
    {
        var bomb = WithBomb(TestDocx.From(["BÁO CÁO", "Kết quả công tác cải cách hành chính quý I năm 2024"]), 200 * 1_048_576L);
        Assert.True(bomb.Length < 2 * 1_048_576, $"{bomb.Length} bytes");

        var e = Assert.Throws<UnreadableFileException>(() => ReportFile.Read(bomb, "bom.docx"));

        Assert.Contains("«bom.docx»", e.Message);
        Assert.Contains("giải nén ra 200 MB", e.Message);
    }

    [Fact]
    public void A_form_workbook_that_expands_beyond_its_limit_is_refused()
    {
        var form = TemplateCatalog.BuiltIn.Get(new TemplateRef("xa", 2)).FindForm("I")!;
        var bomb = WithBomb(FormXlsx.Write(form, "x", new Dictionary<string, ParReport.Domain.Reports.IndicatorValue>()), 40 * 1_048_576L);

        var e = Assert.Throws<UnreadableFileException>(() => FormXlsx.Read(new MemoryStream(bomb), form));

        Assert.Contains("giải nén ra 40", e.Message);
    }

    [Fact]
    public void Tables_nested_a_thousand_deep_are_read_to_a_bounded_depth_at_once()
    {
        OpenXmlElement inner = new Paragraph(new Run(new Text("lõi")));
        for (var level = 0; level < 1_000; level++) inner = new Table(new TableRow(new TableCell(inner is Table ? [inner, new Paragraph()] : [inner])));
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, DocumentFormat.OpenXml.WordprocessingDocumentType.Document))
            document.AddMainDocumentPart().Document = new Document(new Body(new Paragraph(new Run(new Text("BÁO CÁO"))), inner));

        var clock = Stopwatch.StartNew();
        var lines = ReportFile.Read(stream.ToArray(), "long-nhau.docx");

        Assert.Equal("BÁO CÁO", lines[0].Text);
        Assert.True(lines.Count < 100, $"{lines.Count} lines");
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5), $"took {clock.Elapsed}"); // a guard against the doubling, not a speed target
    }

    [Fact]
    public void A_text_file_beyond_the_size_of_a_report_is_refused_with_its_size()
    {
        var text = System.Text.Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat("Tổng số hồ sơ tiếp nhận là 1.034 hồ sơ.\n", 150_000)));

        var e = Assert.Throws<UnreadableFileException>(() => ReportFile.Read(text, "dai.txt"));

        Assert.Contains("«dai.txt»", e.Message);
        Assert.Contains("quá giới hạn 4 MB", e.Message);
    }

    // An upload's stream, which refuses a position past its end where a memory stream would allow it.
    private sealed class UploadStream(byte[] bytes) : MemoryStream(bytes)
    {
        public override long Position
        {
            get => base.Position;
            set => base.Position = value <= Length ? value : throw new ArgumentOutOfRangeException(nameof(value), "The Position must be within the length of the Stream");
        }

        public override long Seek(long offset, SeekOrigin loc) =>
            (loc == SeekOrigin.Begin ? offset : loc == SeekOrigin.Current ? Position + offset : Length + offset) is var target && target <= Length && target >= 0
                ? base.Seek(offset, loc) : throw new ArgumentOutOfRangeException(nameof(offset), "The Position must be within the length of the Stream");
    }

    [Fact]
    public void A_zip_cut_after_its_directory_points_outside_the_file_is_refused_as_no_workbook()
    {
        var workbook = FormXlsx.Write(TemplateCatalog.BuiltIn.Get(new TemplateRef("xa", 2)).Forms[0], "Xã An Bình", new Dictionary<string, Domain.Reports.IndicatorValue>());
        // The zip's header, then its last bytes: the end record names a directory far before them.
        byte[] cut = [.. workbook[..4], .. workbook[^22..]];
        var error = Assert.Throws<UnreadableFileException>(() => DossierXlsx.Read(new UploadStream(cut)).ToList());
        Assert.Equal("Tệp không phải bảng tính XLSX hợp lệ.", error.Message);
    }
}
