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
