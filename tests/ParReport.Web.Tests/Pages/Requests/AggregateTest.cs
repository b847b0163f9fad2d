using System.Net;
using System.Text;
using DocumentFormat.OpenXml.Packaging;
using Microsoft.EntityFrameworkCore;
using ParReport.Storage;

namespace ParReport.Web.Tests.Pages.Requests;

/// <summary>
/// The district's aggregate page on the demo: the versions it is made of, the accepted report alone or with the one only
/// sent, the drill-down behind a value, the ranking, the exports, and who may open it.
/// </summary>
public sealed class AggregateTest
{
    private static string Cell(string html, string attribute) =>
        System.Text.RegularExpressions.Regex.Match(html, $"<tr data-key=\"{System.Text.RegularExpressions.Regex.Escape(attribute)}\"[^>]*>.*?data-value><a[^>]*>([^<]*)</a>", System.Text.RegularExpressions.RegexOptions.Singleline).Groups[1].Value;

    [Fact]
    public async Task The_district_reads_the_sum_of_its_accepted_reports_the_units_behind_each_value_and_their_ranking()
    {
        using var app = new ParReportApplication();
        var requestId = await app.RequestIdAsync();
        var reviewer = await app.LoggedInClientAsync("captren");
        // The demo's current period: one commune's report accepted, one sent and waiting, two not sent.
        await using var db = app.OpenDatabase();
        var versions = await new AggregateStore(db).AnswersAsync([requestId], includeSent: true);
        var accepted = versions.Single(v => v.IsAccepted);
        var waiting = versions.Single(v => v.Values is not null && !v.IsAccepted);
        var resolved = (accepted.Values!["III/3.1.1"].Number!.Value, waiting.Values!["III/3.1.1"].Number!.Value);

        var html = await reviewer.GetStringAsync($"/Requests/Aggregate/{requestId}");
        Assert.Contains("tổng hợp từ 1/4 xã:", html);
        Assert.Equal(Domain.Formatting.VietnameseNumbers.FormatNumber(resolved.Item1), Cell(html, "III/3.1.1"));
        Assert.Contains("thiếu 3/4 xã:", html);

        var withSent = await reviewer.GetStringAsync($"/Requests/Aggregate/{requestId}?sent=true");
        Assert.Contains("tổng hợp từ 2/4 xã:", withSent);
        Assert.Contains("chưa tiếp nhận)", withSent);
        Assert.Equal(Domain.Formatting.VietnameseNumbers.FormatNumber(resolved.Item1 + resolved.Item2), Cell(withSent, "III/3.1.1"));

        var detail = await reviewer.GetStringAsync($"/Requests/Aggregate/{requestId}?sent=true&key=III%2F3.1.1&sort=value");
        var rows = System.Text.RegularExpressions.Regex.Matches(detail, "<table class=\"drill-down\".*?</table>", System.Text.RegularExpressions.RegexOptions.Singleline)[0].Value;
        Assert.Contains($"/Reports/View/{requestId}/{accepted.UnitCode}", rows);
        Assert.Contains("đã gửi, chưa tiếp nhận", rows);
        Assert.Equal(4, System.Text.RegularExpressions.Regex.Matches(rows, "<tr data-unit=").Count);
        Assert.Contains("data-ranking=\"III/3.1\"", detail);
    }

    [Fact]
    public async Task The_exports_hold_one_row_per_unit_and_the_aggregate()
    {
        using var app = new ParReportApplication();
        var requestId = await app.RequestIdAsync();
        var reviewer = await app.LoggedInClientAsync("captren");

        var csv = Encoding.UTF8.GetString(await reviewer.GetByteArrayAsync($"/Requests/Aggregate/{requestId}?handler=Csv&sent=true")).TrimStart('\uFEFF');
        var lines = csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("ma_don_vi,don_vi,phien_ban,da_tiep_nhan,I/1,", lines[0]);
        Assert.Equal(6, lines.Length);
        Assert.StartsWith(",Tổng hợp,", lines[^1]);

        using var xlsx = SpreadsheetDocument.Open(new MemoryStream(await reviewer.GetByteArrayAsync($"/Requests/Aggregate/{requestId}?handler=Xlsx")), false);
        var sheet = xlsx.WorkbookPart!.WorksheetParts.Single().Worksheet;
        Assert.Equal(7, sheet.Descendants<DocumentFormat.OpenXml.Spreadsheet.Row>().Count());
    }

    [Theory]
    [InlineData("captren", HttpStatusCode.OK)]
    [InlineData("tonghophuyen", HttpStatusCode.OK)]
    [InlineData("tonghop", HttpStatusCode.Forbidden)]
    [InlineData("chuyenmon", HttpStatusCode.Forbidden)]
    public async Task Only_those_who_read_the_units_reports_open_their_aggregate(string user, HttpStatusCode status)
    {
        using var app = new ParReportApplication();
        var requestId = await app.RequestIdAsync();
        var client = await app.LoggedInClientAsync(user);
        Assert.Equal(status, (await client.GetAsync($"/Requests/Aggregate/{requestId}")).StatusCode);
    }
}

/// <summary>The district's own report, answering the province, filled from its communes' aggregate on its page.</summary>
public sealed class FillFromUnitsPageTest
{
    [Fact]
    public async Task The_district_compiler_sees_what_the_communes_give_and_replaces_a_typed_figure_only_when_ticked()
    {
        using var app = new ParReportApplication();
        var provinceRequest = await app.RequestIdAsync("tinh-minh-son");
        var url = $"/Reports/View/{provinceRequest}/huyen-an-phu";
        var compiler = await app.LoggedInClientAsync("tonghophuyen");
        await using var db = app.OpenDatabase();
        var communes = await new AggregateStore(db).AnswersAsync([await app.RequestIdAsync()], includeSent: false);
        var accepted = communes.Single(c => c.IsAccepted).Values!;
        var rate = Math.Round(accepted["III/3.1.2"].Number!.Value / accepted["III/3.1.1"].Number!.Value * 100, 2);

        var page = await compiler.GetStringAsync(url);
        Assert.Contains("Số liệu tổng hợp từ các đơn vị cấp dưới", page);
        Assert.Contains("data-fill=\"3/3.4.3\"", page);
        Assert.Contains("thay số đã nhập", page);

        // Not ticked: the figure the district typed stays.
        var kept = await ParReportApplication.PostFormAsync(compiler, url + "?handler=Fill");
        Assert.Equal(HttpStatusCode.OK, kept.StatusCode);
        var typed = await Number(app, provinceRequest);
        Assert.NotEqual(rate, typed);

        var replaced = await ParReportApplication.PostFormAsync(compiler, url + "?handler=Fill", ("replace", "3/3.4.3"));
        Assert.Contains("Đã điền số liệu tổng hợp.", await replaced.Content.ReadAsStringAsync());
        Assert.Equal(rate, await Number(app, provinceRequest));
        Assert.Contains("Các chỉ tiêu lấy từ số liệu tổng hợp đã cập nhật.", await compiler.GetStringAsync(url));

        // A commune's contributor has no such panel; another role may not fill.
        var reviewer = await app.LoggedInClientAsync("captren");
        Assert.Equal(HttpStatusCode.Forbidden, (await ParReportApplication.PostFormAsync(reviewer, url + "?handler=Fill")).StatusCode);
    }

    private static async Task<decimal?> Number(ParReportApplication app, int requestId)
    {
        await using var db = app.OpenDatabase();
        return await db.IndicatorValues.Where(v => v.Key == "3/3.4.3" && db.Reports.Any(r => r.Id == v.ReportId && r.RequestId == requestId && r.Unit.Code == "huyen-an-phu"))
            .Select(v => v.Number).SingleOrDefaultAsync();
    }
}
