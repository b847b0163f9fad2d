using DocumentFormat.OpenXml.Packaging;

namespace ParReport.Cli.Tests;

public class ReportCommandsTest
{
    [Fact]
    public async Task One_units_report_is_written_as_DOCX_with_the_given_number_date_and_signer()
    {
        using var cli = new CliRun();
        await cli.RunAsync("demo", "--as-of", "05/03/2024");
        var path = Path.Combine(cli.Folder, "an-binh.docx");
        var (exit, output, _) = await cli.RunAsync("report", "docx", "--unit", "an-phu-an-binh", "--period", "2024-Q1", "-o", path,
            "--number", "36/BC-UBND", "--date", "14/03/2024", "--signer", "Nguyễn Văn An");
        Assert.Equal(0, exit);
        Assert.Contains("Đã ghi", output);
        using var document = WordprocessingDocument.Open(path, false);
        var text = document.MainDocumentPart!.Document!.Body!.InnerText;
        Assert.Contains("Số: 36/BC-UBND", text);
        Assert.Contains("An Bình, ngày 14 tháng 3 năm 2024", text);
        Assert.Contains("Nguyễn Văn An", text);
        Assert.Contains("Kết quả công tác cải cách hành chính quý I năm 2024", text);

        var check = await cli.RunAsync("check", path);
        Assert.Equal(0, check.Exit);
    }

    [Fact]
    public async Task Every_report_of_a_request_is_written_into_a_folder()
    {
        using var cli = new CliRun();
        await cli.RunAsync("demo", "--as-of", "05/03/2024");
        var folder = Path.Combine(cli.Folder, "xuat");
        var (exit, output, _) = await cli.RunAsync("report", "xlsx", "--issuer", "huyen-an-phu", "--period", "2024-Q1", "-o", folder);
        Assert.Equal(0, exit);
        Assert.Contains("Đã ghi 3 tệp", output);
        Assert.Equal(["an-phu-an-binh-2024-Q1.xlsx", "an-phu-an-hoa-2024-Q1.xlsx", "an-phu-phu-thinh-2024-Q1.xlsx"],
            Directory.GetFiles(folder).Select(Path.GetFileName).Order());
    }

    [Fact]
    public async Task The_assignment_letter_is_written_as_DOCX_with_the_officials_their_parts_and_the_hour()
    {
        using var cli = new CliRun();
        await cli.RunAsync("demo", "--as-of", "05/03/2024");
        var path = Path.Combine(cli.Folder, "cong-van.docx");
        var (exit, output, _) = await cli.RunAsync("report", "letter", "--unit", "an-phu-an-binh", "--period", "2024-Q1", "-o", path,
            "--number", "15/UBND-VP", "--date", "06/03/2024", "--hour", "9h30", "--signer", "Nguyễn Văn An");
        Assert.Equal(0, exit);
        Assert.Contains("Đã ghi", output);
        using (var document = WordprocessingDocument.Open(path, false))
        {
            var text = document.MainDocumentPart!.Document!.Body!.InnerText;
            Assert.Contains("Số: 15/UBND-VP", text);
            Assert.Contains("V/v triển khai thực hiện báo cáo CCHC quý I năm 2024", text);
            Assert.Contains("An Bình, ngày 06 tháng 3 năm 2024", text);
            // Both demo officials of the commune, each with their parts, at the hour given.
            foreach (var demo in Domain.Demo.DemoUsers.All.Where(u => u.UnitCode == Domain.Demo.DemoUsers.CommuneCode
                         && u.Role is Domain.Access.Role.Compiler or Domain.Access.Role.Contributor))
                Assert.Contains($"- {demo.FullName}, ", text);
            Assert.Contains("Mục II.1. Cải cách thể chế", text);
            Assert.Contains("Trước 09 giờ 30 ngày", text);
            Assert.Contains("Lưu: VT.", text);
            Assert.Contains("Nguyễn Văn An", text);
        }

        var bad = await cli.RunAsync("report", "letter", "--unit", "an-phu-an-binh", "--period", "2024-Q1", "-o", path, "--hour", "25:00");
        Assert.Equal(2, bad.Exit);
        Assert.Contains("Giờ «25:00» không đọc được", bad.Error);
        // A commune whose parts nobody was given: refused, saying what to do, and nothing written.
        var other = Path.Combine(cli.Folder, "an-hoa.docx");
        var none = await cli.RunAsync("report", "letter", "--unit", "an-phu-an-hoa", "--period", "2024-Q1", "-o", other);
        Assert.Equal(1, none.Exit);
        Assert.Contains(Domain.Entry.EntryMessages.NothingAssigned, none.Error);
        Assert.False(File.Exists(other));
    }

    [Theory]
    [InlineData("--unit", "an-phu-tt-an-phu", "2024-Q1", "Không có báo cáo quý I năm 2024 của đơn vị «an-phu-tt-an-phu».")]
    [InlineData("--unit", "an-phu-an-binh", "2024-Q5", "Kỳ báo cáo «2024-Q5» không hợp lệ")]
    [InlineData("--issuer", "khong-co", "2024-Q1", "Không có báo cáo quý I năm 2024 nào trả lời yêu cầu của đơn vị «khong-co».")]
    public async Task A_missing_report_or_a_bad_period_is_explained_with_exit_code_2(string option, string code, string period, string message)
    {
        using var cli = new CliRun();
        await cli.RunAsync("demo", "--as-of", "05/03/2024");
        var (exit, _, error) = await cli.RunAsync("report", "docx", option, code, "--period", period, "-o", Path.Combine(cli.Folder, "x.docx"));
        Assert.Equal(2, exit);
        Assert.Contains(message, error);
    }
}
