using System.Net;
using System.Text;
using Microsoft.EntityFrameworkCore;

namespace ParReport.Web.Tests;

/// <summary>Work a file decides the cost of stops at its budget, tells the user, and stores nothing (budgets of 0 s here).</summary>
public class RequestBudgetTest
{
    private static ParReportApplication App(string work) => new() { Settings = new Dictionary<string, string> { [$"Limits:{work}Seconds"] = "0" } };

    [Fact]
    public async Task A_check_over_its_budget_is_refused_with_the_time_it_may_take()
    {
        using var app = App(RequestBudget.Check);
        var client = await app.LoggedInClientAsync();
        var seed = await File.ReadAllBytesAsync(Path.Combine(AppContext.BaseDirectory, "seeds", "bao-cao-quy-I-2021-huyen-kbang.txt"));
        var response = await ParReportApplication.UploadAsync(client, "/Check", "report", "kbang.txt", seed);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Tệp «kbang.txt» cần hơn 0 giây để kiểm tra, quá thời gian cho phép của một yêu cầu", WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()));
    }

    [Fact]
    public async Task An_import_over_its_budget_stores_nothing()
    {
        using var app = App(RequestBudget.Import);
        var client = await app.LoggedInClientAsync();
        int imports;
        await using (var db = app.OpenDatabase()) imports = await db.DossierImports.CountAsync();
        var csv = "Mã hồ sơ;Lĩnh vực;Ngày tiếp nhận;Ngày hẹn trả;Ngày có kết quả;Hình thức nộp\nH1;Đất đai;04/03/2024;08/03/2024;05/03/2024;Trực tuyến\n";
        var response = await ParReportApplication.UploadAsync(client, "/Dossiers?unit=an-phu-an-binh", "file", "ho-so.csv", Encoding.UTF8.GetBytes(csv));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Tệp «ho-so.csv» cần hơn 0 giây để nhập, quá thời gian cho phép của một yêu cầu; không có gì được lưu.", WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()));
        await using (var db = app.OpenDatabase()) Assert.Equal(imports, await db.DossierImports.CountAsync());
    }

    [Fact]
    public async Task A_form_workbook_over_its_budget_stores_nothing()
    {
        using var app = App(RequestBudget.FormUpload);
        var client = await app.LoggedInClientAsync();
        var form = $"/Reports/Form/{await app.RequestIdAsync()}/an-phu-an-binh/III";
        var workbook = await client.GetByteArrayAsync(form + "?handler=Xlsx");
        int changes;
        await using (var db = app.OpenDatabase()) changes = await db.Audit.CountAsync();
        var response = await ParReportApplication.UploadAsync(client, form + "?handler=Upload", "file", "bieu-III.xlsx", workbook);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Tệp «bieu-III.xlsx» cần hơn 0 giây để đọc", WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()));
        await using (var db = app.OpenDatabase()) Assert.Equal(changes, await db.Audit.CountAsync());
    }
}
