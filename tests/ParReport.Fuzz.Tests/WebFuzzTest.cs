using System.Net;
using System.Text;
using System.Text.RegularExpressions;

namespace ParReport.Fuzz.Tests;

/// <summary>
/// Bad input to the web application, one category per test: each input is judged (no 5xx, no hang, a Vietnamese refusal
/// storing nothing) and the failures of a category are listed together with the seed and input number that replay them.
/// </summary>
public sealed partial class WebFuzzTest(WebFuzzApp web) : IClassFixture<WebFuzzApp>
{
    [Fact]
    public async Task Dossier_exports_uploaded_for_preview_and_import()
    {
        var category = new FuzzCategory("web: dossier exports", 101);
        foreach (var input in FuzzSize.Inputs(ci: 90, full: 2500))
        {
            var random = FuzzSize.Random(category.Seed, input);
            var (name, content) = DossierInputs.Generate(random, input);
            var preview = random.Next(3) == 0;
            (string, string)[] fields = [("unit", WebFuzzApp.Unit), .. preview ? [("preview", "true")] : Array.Empty<(string, string)>(),
                .. random.Next(4) == 0 ? [("goodRowsOnly", "true")] : Array.Empty<(string, string)>()];
            await web.JudgeAsync(category, input, $"{(preview ? "preview" : "import")} {name} ({content.Length} bytes)",
                cancel => web.UploadAsync("/Dossiers", "file", name, content, cancel, fields), name);
        }
        category.AssertClean();
    }

    [Fact]
    public async Task Register_files_imported_on_the_register_page()
    {
        var category = new FuzzCategory("web: register files", 108);
        foreach (var input in FuzzSize.Inputs(ci: 90, full: 2000))
        {
            var random = FuzzSize.Random(category.Seed, input);
            var (register, name, content) = RegisterInputs.Generate(random, input);
            await web.JudgeAsync(category, input, $"import {name} into {register} ({content.Length} bytes)",
                cancel => web.UploadAsync($"/Registers/{register}?unit={WebFuzzApp.Unit}&handler=Import", "file", name, content, cancel), name);
        }
        category.AssertClean();
    }

    [Fact]
    public async Task Form_workbooks_uploaded_to_the_form_page()
    {
        var category = new FuzzCategory("web: form workbooks", 102);
        var valid = await web.Client.GetByteArrayAsync(web.FormUrl + "?handler=Xlsx");
        foreach (var input in FuzzSize.Inputs(ci: 50, full: 1000))
        {
            var random = FuzzSize.Random(category.Seed, input);
            var content = FormInputs.Workbook(random, valid);
            var name = $"fuzz-{input}.xlsx";
            await web.JudgeAsync(category, input, $"upload {name} ({content.Length} bytes)", cancel => web.UploadAsync(web.FormUrl + "?handler=Upload", "file", name, content, cancel), name);
        }
        category.AssertClean();
    }

    [Fact]
    public async Task Reports_uploaded_to_the_checker()
    {
        var category = new FuzzCategory("web: checker uploads", 103);
        foreach (var input in FuzzSize.Inputs(ci: 50, full: 1000))
        {
            var random = FuzzSize.Random(category.Seed, input);
            var (name, content) = ReportInputs.Generate(random, input);
            await web.JudgeAsync(category, input, $"check {name} ({content.Length} bytes)", cancel => web.UploadAsync("/Check", "report", name, content, cancel), name);
        }
        category.AssertClean();
    }

    [Fact]
    public async Task Form_posts_with_hostile_values()
    {
        var category = new FuzzCategory("web: form posts", 104);
        var boxes = FormInputs.Boxes(await web.Client.GetStringAsync(web.FormUrl));
        Assert.NotEmpty(boxes);
        foreach (var input in FuzzSize.Inputs(ci: 90, full: 1500))
        {
            var random = FuzzSize.Random(category.Seed, input);
            var fields = FormInputs.FormPost(random, boxes);
            var handler = random.Next(4) == 0 ? "?handler=Check" : "";
            await web.JudgeAsync(category, input, $"post {fields.Count} fields to the form{handler}", cancel => web.PostAsync(web.FormUrl + handler, fields, cancel));
        }
        category.AssertClean();
    }

    [Fact]
    public async Task Narrative_posts_with_hostile_text()
    {
        var category = new FuzzCategory("web: narrative posts", 105);
        var report = await web.Client.GetStringAsync(web.ReportUrl);
        var outlines = NarrativeLink().Matches(report).Select(m => WebUtility.HtmlDecode(m.Groups[1].Value)).Distinct().ToList();
        Assert.NotEmpty(outlines);
        foreach (var input in FuzzSize.Inputs(ci: 50, full: 800))
        {
            var random = FuzzSize.Random(category.Seed, input);
            var url = $"/Reports/Narrative/{web.RequestId}/{WebFuzzApp.Unit}/{Uri.EscapeDataString(outlines[random.Next(outlines.Count)])}";
            var sections = Section().Matches(await web.Client.GetStringAsync(url)).Select(m => WebUtility.HtmlDecode(m.Groups[1].Value)).ToList();
            var fields = new List<KeyValuePair<string, string>>();
            foreach (var key in sections.Count > 0 ? sections : ["x"])
            {
                if (random.Next(4) == 0) continue;
                fields.Add(KeyValuePair.Create("v:" + key, random.Next(10) == 0 ? Hostile.Huge(random) : Hostile.Text(random)));
                if (random.Next(3) != 0) fields.Add(KeyValuePair.Create("o:" + key, random.Next(2) == 0 ? "" : Hostile.Text(random)));
                if (random.Next(8) == 0) fields.Add(KeyValuePair.Create("v:" + key, Hostile.Text(random)));
            }
            if (random.Next(5) == 0) fields.Add(KeyValuePair.Create("v:" + Hostile.Text(random), Hostile.Text(random)));
            await web.JudgeAsync(category, input, $"post {fields.Count} fields to {url}", cancel => web.PostAsync(url, fields, cancel));
        }
        category.AssertClean();
    }

    [Fact]
    public async Task Header_mappings_saved_alone_and_eight_at_once()
    {
        var category = new FuzzCategory("web: header mappings", 106);
        var columns = Enum.GetNames<Domain.Dossiers.DossierColumn>();
        List<KeyValuePair<string, string>> Mapping(Random random)
        {
            var fields = new List<KeyValuePair<string, string>> { KeyValuePair.Create("unit", random.Next(10) == 0 ? Hostile.Text(random) : WebFuzzApp.Unit) };
            if (random.Next(10) != 0) fields.Add(KeyValuePair.Create("header", random.Next(3) == 0 ? "Số biên nhận" : random.Next(10) == 0 ? Hostile.Huge(random) : Hostile.Text(random)));
            if (random.Next(8) != 0) fields.Add(KeyValuePair.Create("column", random.Next(3) == 0 ? Hostile.Text(random) : random.Next(5) == 0 ? random.Next(-5, 50).ToString() : columns[random.Next(columns.Length)]));
            if (random.Next(5) == 0) fields.Add(KeyValuePair.Create("forget", random.Next(2) == 0 ? "true" : Hostile.Text(random)));
            if (random.Next(8) == 0) fields.Add(fields[random.Next(fields.Count)]);
            return fields;
        }
        foreach (var input in FuzzSize.Inputs(ci: 50, full: 600))
        {
            var random = FuzzSize.Random(category.Seed, input);
            if (input % 10 == 9)
            {
                // Eight saves of one header at once, as eight officials pressing "Lưu" together.
                var header = "Cột đồng thời " + input;
                var sends = Enumerable.Range(0, 8).Select(i => web.JudgeAsync(category, input, $"concurrent save {i} of «{header}»", cancel => web.PostAsync("/Dossiers?handler=Mapping",
                    [KeyValuePair.Create("unit", WebFuzzApp.Unit), KeyValuePair.Create("header", header), KeyValuePair.Create("column", columns[(input + i) % columns.Length]),
                     .. i % 4 == 3 ? [KeyValuePair.Create("forget", "true")] : Array.Empty<KeyValuePair<string, string>>()], cancel)));
                await Task.WhenAll(sends);
                continue;
            }
            var fields = Mapping(random);
            await web.JudgeAsync(category, input, $"save mapping {string.Join(", ", fields.Select(f => f.Key + "=" + (f.Value.Length > 40 ? f.Value[..40] + "…" : f.Value)))}",
                cancel => web.PostAsync("/Dossiers?handler=Mapping", fields, cancel));
        }
        category.AssertClean();
    }

    [Fact]
    public async Task Api_bodies_with_a_personal_access_token()
    {
        var category = new FuzzCategory("web: API bodies", 107);
        var keys = FormInputs.Boxes(await web.Client.GetStringAsync(web.FormUrl)).Where(b => b.Name.StartsWith("v:")).Select(b => "III/" + b.Name[2..]).ToList();
        foreach (var input in FuzzSize.Inputs(ci: 90, full: 1500))
        {
            var random = FuzzSize.Random(category.Seed, input);
            var (method, url, body) = random.Next(10) switch
            {
                0 => (HttpMethod.Post, web.ApiUrl + "/transitions", random.Next(2) == 0 ? FormInputs.ApiBody(random, keys)
                    : $"{{\"transition\":{new[] { "\"Explode\"", "99", "-1", "null", "[]", "\"sendtoleader\"", "1e309", "\"\"" }[random.Next(8)]},\"comment\":{System.Text.Json.JsonSerializer.Serialize(Hostile.Text(random))},\"date\":\"{new[] { "2024-02-30", "0000-00-00", "9999-12-31", "x" }[random.Next(4)]}\"}}"),
                1 => (HttpMethod.Get, $"/api/v1/requests/{new[] { "0", "-1", "2147483648", "abc", "1e3", "%20" }[random.Next(6)]}/reports/{Segment(random)}", null),
                2 => (HttpMethod.Get, web.ApiUrl + "/versions/" + new[] { "0", "-1", "99999999999", "x", "1.5" }[random.Next(5)], null),
                3 => (HttpMethod.Put, $"/api/v1/requests/{web.RequestId}/reports/{Segment(random)}/values", FormInputs.ApiBody(random, keys)),
                _ => (HttpMethod.Put, web.ApiUrl + "/values", FormInputs.ApiBody(random, keys)),
            };
            var contentType = random.Next(12) == 0 ? new[] { "text/plain", "application/xml", "application/json; charset=utf-16", "multipart/form-data" }[random.Next(4)] : "application/json";
            await web.JudgeAsync(category, input, $"{method} {url} ({body?.Length ?? 0} chars, {contentType})", cancel =>
            {
                var request = new HttpRequestMessage(method, url);
                if (body is not null) request.Content = new StringContent(body, Encoding.UTF8, System.Net.Http.Headers.MediaTypeHeaderValue.Parse(contentType));
                return web.Bearer.SendAsync(request, cancel);
            });
        }
        category.AssertClean();
    }

    // A NUL in a path is refused by Kestrel before the application; the in-process test server throws on it instead.
    private static string Segment(Random random) => Uri.EscapeDataString(Hostile.Text(random).Replace("\0", "")) is { Length: > 0 } s ? s : "x";

    [GeneratedRegex("/Reports/Narrative/\\d+/[^/\"]+/([^\"?#]+)")]
    private static partial Regex NarrativeLink();

    [GeneratedRegex("<textarea[^>]*name=\"v:([^\"]+)\"")]
    private static partial Regex Section();
}
