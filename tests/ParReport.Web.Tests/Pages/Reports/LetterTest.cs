using System.Net;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Microsoft.EntityFrameworkCore;
using ParReport.Domain.Entry;

namespace ParReport.Web.Tests.Pages.Reports;

public class LetterTest
{
    private const string DocxType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    [Fact]
    public async Task The_compiler_downloads_the_assignment_letter_of_the_parts_given_on_the_page()
    {
        using var app = new ParReportApplication();
        var compiler = await app.LoggedInClientAsync();
        var url = $"/Reports/View/{await app.RequestIdAsync()}/an-phu-an-binh";
        await using var db = app.OpenDatabase();
        var official = await db.Users.SingleAsync(u => u.UserName == "chuyenmon");
        var self = await db.Users.SingleAsync(u => u.UserName == ParReportApplication.DemoUser);

        var html = WebUtility.HtmlDecode(await compiler.GetStringAsync(url));
        Assert.Contains("Tải công văn phân công (DOCX)", html);
        Assert.Contains("name=\"hour\" value=\"16:00\"", html);
        // The demo gives the official four parts; one more, due on another day, is given here.
        Assert.Equal(HttpStatusCode.OK, (await ParReportApplication.PostFormAsync(compiler, url + "?handler=Assign",
            ("part", "muc-II.6"), ("assignee", official.Id), ("deadline", "2024-03-08"))).StatusCode);

        var response = await compiler.GetAsync(url + "?handler=Letter&number=12%2FUBND-VP&hour=10%3A30");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(DocxType, response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("cong-van-phan-cong-an-phu-an-binh-2024-Q1.docx", response.Content.Headers.ContentDisposition!.FileNameStar ?? response.Content.Headers.ContentDisposition.FileName);
        var assignments = await db.Assignments.AsNoTracking().Where(a => a.AssigneeId == official.Id).ToListAsync();
        Assert.Equal(5, assignments.Count);
        using (var document = WordprocessingDocument.Open(new MemoryStream(await response.Content.ReadAsByteArrayAsync()), false))
        {
            var body = document.MainDocumentPart!.Document!.Body!;
            var header = body.Elements<Table>().First().InnerText;
            Assert.Contains("XÃ AN BÌNH", header);
            Assert.Contains("Số: 12/UBND-VP", header);
            Assert.Contains("V/v triển khai thực hiện báo cáo CCHC quý I năm 2024", header);
            var rows = body.Elements<Table>().ElementAt(2).Elements<TableRow>().Skip(1)
                .Select(r => r.Elements<TableCell>().Select(c => c.Elements<Paragraph>().Select(p => p.InnerText).ToList()).ToList()).ToList();
            // One row for each official and day: the official's four parts of the demo, then the one given here.
            var theirs = rows.Where(r => r[1].Single() == official.FullName).ToList();
            Assert.Equal(2, theirs.Count);
            var demoDay = assignments.Single(a => a.PartKey == "muc-II.1").Deadline!.Value;
            Assert.Equal(["Mục II.1. Cải cách thể chế", "Mục II.2. Cải cách thủ tục hành chính (TTHC)", "Biểu II. Cải cách thể chế", "Biểu III. Cải cách TTHC"], theirs[0][3]);
            Assert.Equal($"Trước 10 giờ 30 ngày {demoDay.Day:00}/{demoDay.Month}/2024", theirs[0][4].Single());
            Assert.Equal(["Mục II.6. Xây dựng và phát triển Chính quyền điện tử, Chính quyền số"], theirs[1][3]);
            Assert.Equal("Trước 10 giờ 30 ngày 08/3/2024", theirs[1][4].Single());
            Assert.Contains(rows, r => r[1].Single() == self.FullName && r[3].Contains("Mục I. Công tác chỉ đạo, điều hành cải cách hành chính"));
            var text = body.InnerText;
            Assert.Contains("Số liệu báo cáo tính từ ngày", text);
            Assert.Contains("chậm nhất trước 10 giờ 30 ngày", text);
            Assert.Contains($"- {official.FullName}, Tư pháp – Hộ tịch", text);
            Assert.Contains($"- {official.FullName};", body.Elements<Table>().Last().InnerText);
            Assert.EndsWith("- Lưu: VT.", body.Elements<Table>().Last().Descendants<TableCell>().First().InnerText);
        }

        // The unit's leader may too; the official given the parts and the upper level may not, nor is a bad hour taken.
        var leader = await app.LoggedInClientAsync("lanhdao");
        Assert.Equal(HttpStatusCode.OK, (await leader.GetAsync(url + "?handler=Letter")).StatusCode);
        var contributor = await app.LoggedInClientAsync("chuyenmon");
        Assert.Equal(HttpStatusCode.Forbidden, (await contributor.GetAsync(url + "?handler=Letter")).StatusCode);
        Assert.DoesNotContain("Tải công văn phân công", await contributor.GetStringAsync(url));
        var district = await app.LoggedInClientAsync("tonghophuyen");
        Assert.Equal(HttpStatusCode.Forbidden, (await district.GetAsync(url + "?handler=Letter")).StatusCode);
        var bad = await compiler.GetAsync(url + "?handler=Letter&hour=25%3A99");
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Contains(EntryMessages.BadLetter, WebUtility.HtmlDecode(await bad.Content.ReadAsStringAsync()));

        // With no part given to anyone the letter is refused on the page, saying what to do.
        await db.Assignments.ExecuteUpdateAsync(set => set.SetProperty(a => a.AssigneeId, (string?)null));
        var none = await compiler.GetAsync(url + "?handler=Letter");
        Assert.Equal(HttpStatusCode.BadRequest, none.StatusCode);
        Assert.Contains(EntryMessages.NothingAssigned, WebUtility.HtmlDecode(await none.Content.ReadAsStringAsync()));
    }
}
