using System.Text;
using ParReport.Domain.Checking;
using ParReport.Domain.Templates;

namespace ParReport.Documents.Tests;

public class ReportFileTest
{
    private static string Seed(string name) => Path.Combine(AppContext.BaseDirectory, "seeds", name);

    [Fact]
    public void A_DOCX_report_is_read_and_checked_like_its_text()
    {
        var textLines = File.ReadAllLines(Seed("bao-cao-quy-I-2021-huyen-kbang.txt"));
        var lines = ReportFile.ReadDocx(TestDocx.From(textLines), "kbang.docx");
        var result = ReportChecker.Check(lines, TemplateCatalog.BuiltIn);

        Assert.Equal(new TemplateRef("huyen", 1), result.Template);
        Assert.Contains(result.Findings, f => f.Quote == "ngày 10 tháng 3 năm 2020" && f.Expected == "ngày 10 tháng 3 năm 2021");
        Assert.Contains(result.Findings, f => f.Quote == "cấp huyện có 314 TTHC" && f.Expected == "315");
        Assert.Contains(result.Findings, f => f.Quote == "1 2" && f.Location.StartsWith("phụ lục, mục 7.1"));
    }

    [Fact]
    public void Text_files_keep_their_line_numbers_with_or_without_a_BOM()
    {
        var folder = Directory.CreateTempSubdirectory("parreport-file-");
        try
        {
            var path = Path.Combine(folder.FullName, "bao-cao.txt");
            File.WriteAllText(path, "BÁO CÁO\r\nCông tác CCHC quý I năm 2024\r\n", new UTF8Encoding(true));
            var lines = ReportFile.Read(path);
            Assert.Equal(new DocumentLine(1, "BÁO CÁO"), lines[0]);
            Assert.Equal(new DocumentLine(2, "Công tác CCHC quý I năm 2024"), lines[1]);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public void A_binary_file_is_unreadable_with_a_clear_message()
    {
        var error = Assert.Throws<UnreadableFileException>(() => ReportFile.ReadText([0xFF, 0xFE, 0x00, 0x41, 0x9C], "anh.png"));
        Assert.Equal("Tệp «anh.png» không phải văn bản UTF-8 hay tệp DOCX.", error.Message);
    }

    [Fact]
    public void A_corrupt_DOCX_is_unreadable_with_a_clear_message()
    {
        var error = Assert.Throws<UnreadableFileException>(() => ReportFile.ReadDocx([(byte)'P', (byte)'K', 3, 4, 1, 2, 3], "hong.docx"));
        Assert.StartsWith("Tệp «hong.docx» không phải tệp DOCX hợp lệ", error.Message);
    }

    [Fact]
    public void A_DOCX_without_its_document_part_is_unreadable_naming_the_file()
    {
        using var docx = new MemoryStream();
        docx.Write(TestDocx.From(["BÁO CÁO", "Kết quả"]));
        using (var zip = new System.IO.Compression.ZipArchive(docx, System.IO.Compression.ZipArchiveMode.Update, leaveOpen: true))
            zip.GetEntry("word/document.xml")!.Delete();
        var error = Assert.Throws<UnreadableFileException>(() => ReportFile.ReadDocx(docx.ToArray(), "khong-noi-dung.docx"));
        Assert.StartsWith("Tệp «khong-noi-dung.docx» không phải tệp DOCX hợp lệ", error.Message);
    }

    [Fact]
    public void A_DOCX_with_more_text_than_a_text_file_may_hold_is_unreadable_naming_the_file()
    {
        var docx = TestDocx.From(Enumerable.Range(0, 50).Select(_ => new string('9', 100_000)).Prepend("BÁO CÁO").ToList());
        var error = Assert.Throws<UnreadableFileException>(() => ReportFile.ReadDocx(docx, "so-dai.docx"));
        Assert.Equal("Tệp «so-dai.docx» có 5.000.007 ký tự, quá giới hạn 4.194.304 ký tự của một báo cáo.", error.Message);
    }

    [Fact]
    public void A_missing_file_is_unreadable() =>
        Assert.StartsWith("Không tìm thấy tệp", Assert.Throws<UnreadableFileException>(() => ReportFile.Read("/khong/co/tep.txt")).Message);
}
