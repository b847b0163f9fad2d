using ParReport.Domain.Templates;

namespace ParReport.Domain.Tests.Templates;

public class TemplateParserTest
{
    private const string File = "xa-hong.json";

    // A small valid template; each test breaks one thing in it.
    private static string Template(string indicators) => $$"""
        {
          "id": "xa", "version": 9, "name": "Mẫu thử", "level": "xa", "validFrom": "2024-01-01",
          "fields": [ { "id": "vp-tk", "name": "Văn phòng – Thống kê" } ],
          "outline": [ { "code": "I", "title": "Công tác chỉ đạo", "forms": ["1"] } ],
          "forms": [ { "code": "1", "title": "Biểu 1", "field": "vp-tk", "outline": "I", "indicators": [ {{indicators}} ] } ]
        }
        """;

    private const string GoodRows = """
        { "code": "2", "label": "Tỷ lệ hoàn thành", "kind": "rate", "unit": "%", "numerator": "2.2", "denominator": "2.1" },
        { "code": "2.1", "parent": "2", "label": "Số nhiệm vụ đề ra", "kind": "count", "unit": "Nhiệm vụ" },
        { "code": "2.2", "parent": "2", "label": "Số nhiệm vụ đã hoàn thành", "kind": "count", "unit": "Nhiệm vụ" }
        """;

    private static TemplateProblem SingleProblem(string rows)
    {
        var result = TemplateParser.Parse(File, Template(rows));
        Assert.Null(result.Template);
        var problem = Assert.Single(result.Problems);
        Assert.Equal(File, problem.File);
        Assert.StartsWith(File, problem.ToString());
        return problem;
    }

    [Fact]
    public void A_well_formed_template_loads_with_its_inferred_rules()
    {
        var result = TemplateParser.Parse(File, Template(GoodRows));
        Assert.Empty(result.Problems);
        var template = result.Template!;
        Assert.Equal(new TemplateRef("xa", 9), template.Ref);
        Assert.Equal(3, template.Indicators.Count());
        Assert.Equal([new PartOfWhole("1/2.2", "1/2.1")], template.Rules);
    }

    [Fact]
    public void An_unknown_parent_is_rejected_naming_the_code()
    {
        var problem = SingleProblem(GoodRows + """, { "code": "3.1", "parent": "3", "label": "Số tổ chức", "kind": "count", "unit": "Tổ chức" }""");
        Assert.Equal("1/3.1", problem.Code);
        Assert.Contains("chỉ tiêu cha «3» không tồn tại", problem.Message);
    }

    [Fact]
    public void A_derived_rate_without_a_denominator_is_rejected()
    {
        var problem = SingleProblem("""{ "code": "2", "label": "Tỷ lệ", "kind": "rate", "unit": "%", "numerator": "2.2" }, { "code": "2.2", "label": "Số", "kind": "count", "unit": "Nhiệm vụ" }""");
        Assert.Equal("1/2", problem.Code);
        Assert.Contains("tử số", problem.Message);
        Assert.Contains("mẫu số", problem.Message);
    }

    [Fact]
    public void A_derived_rate_whose_part_is_missing_is_rejected()
    {
        var problem = SingleProblem(GoodRows.Replace("\"denominator\": \"2.1\"", "\"denominator\": \"2.9\""));
        Assert.Equal("1/2", problem.Code);
        Assert.Contains("mẫu số «2.9» không tồn tại", problem.Message);
    }

    [Fact]
    public void A_derived_rate_whose_part_is_not_a_count_is_rejected()
    {
        var problem = SingleProblem(GoodRows.Replace("\"label\": \"Số nhiệm vụ đề ra\", \"kind\": \"count\", \"unit\": \"Nhiệm vụ\"", "\"label\": \"Số nhiệm vụ đề ra\", \"kind\": \"percent\", \"unit\": \"%\""));
        Assert.Equal("1/2", problem.Code);
        Assert.Contains("mẫu số «2.1» phải là chỉ tiêu đếm hoặc tiền", problem.Message);
    }

    [Fact]
    public void A_duplicate_code_is_rejected()
    {
        var problem = SingleProblem(GoodRows + """, { "code": "2.1", "label": "Lặp", "kind": "count", "unit": "Nhiệm vụ" }""");
        Assert.Equal("1/2.1", problem.Code);
        Assert.Contains("trùng", problem.Message);
    }

    [Fact]
    public void A_parent_cycle_is_rejected_with_its_path()
    {
        var problem = SingleProblem("""
            { "code": "3", "parent": "3.1", "label": "Kiểm tra", "kind": "group" },
            { "code": "3.1", "parent": "3", "label": "Số tổ chức", "kind": "count", "unit": "Tổ chức" }
            """);
        Assert.Contains("vòng lặp", problem.Message);
        Assert.Contains("3 → 3.1 → 3", problem.Message);
    }

    [Fact]
    public void An_unknown_unit_is_rejected()
    {
        var problem = SingleProblem("""{ "code": "1", "label": "Số văn bản", "kind": "count", "unit": "Cái" }""");
        Assert.Equal("1/1", problem.Code);
        Assert.Contains("đơn vị tính «Cái»", problem.Message);
    }

    [Fact]
    public void An_unknown_kind_is_rejected()
    {
        var problem = SingleProblem("""{ "code": "1", "label": "Số văn bản", "kind": "number", "unit": "Văn bản" }""");
        Assert.Equal("1/1", problem.Code);
        Assert.Contains("loại «number» không tồn tại", problem.Message);
    }

    [Fact]
    public void A_unit_that_does_not_fit_its_kind_is_rejected()
    {
        var problem = SingleProblem("""{ "code": "1", "label": "Số văn bản", "kind": "count", "unit": "%" }""");
        Assert.Contains("không dùng được cho loại count", problem.Message);
    }

    [Fact]
    public void A_choice_needs_distinct_options()
    {
        var problem = SingleProblem("""{ "code": "5", "label": "Khảo sát", "kind": "choice", "options": [ { "code": 1, "label": "Có" }, { "code": 1, "label": "Không" } ] }""");
        Assert.Contains("phương án mã 1", problem.Message);
    }

    [Fact]
    public void Parts_of_a_rate_must_share_a_unit()
    {
        var problem = SingleProblem(GoodRows.Replace("\"label\": \"Số nhiệm vụ đề ra\", \"kind\": \"count\", \"unit\": \"Nhiệm vụ\"", "\"label\": \"Số nhiệm vụ đề ra\", \"kind\": \"count\", \"unit\": \"Văn bản\""));
        Assert.Contains("khác đơn vị tính", problem.Message);
    }

    [Fact]
    public void A_misspelt_member_is_rejected_rather_than_ignored()
    {
        var result = TemplateParser.Parse(File, Template(GoodRows.Replace("\"parent\": \"2\", \"label\": \"Số nhiệm vụ đề ra\"", "\"parnet\": \"2\", \"label\": \"Số nhiệm vụ đề ra\"")));
        var problem = Assert.Single(result.Problems);
        Assert.Contains("parnet", problem.Message);
    }

    [Fact]
    public void A_copy_with_other_forms_finds_its_own_indicators()
    {
        var template = TemplateParser.Parse(File, Template(GoodRows)).Template!;
        Assert.NotNull(template.Find("1/2.1"));
        var copy = template with { Forms = [template.Forms[0] with { Indicators = [template.Forms[0].Indicators[0]] }] };
        Assert.Null(copy.Find("1/2.1"));
    }

    [Fact]
    public void Invalid_json_is_rejected_naming_the_file()
    {
        var result = TemplateParser.Parse(File, "{ \"id\": ");
        var problem = Assert.Single(result.Problems);
        Assert.Equal(File, problem.File);
        Assert.Contains("JSON", problem.Message);
    }

    [Fact]
    public void Every_problem_of_a_file_is_reported_not_only_the_first()
    {
        var result = TemplateParser.Parse(File, Template("""
            { "code": "1", "label": "A", "kind": "count", "unit": "Cái" },
            { "code": "2", "parent": "9", "label": "B", "kind": "count", "unit": "Văn bản" }
            """));
        Assert.Equal(2, result.Problems.Count);
    }

    [Fact]
    public void A_sum_rule_is_inferred_from_sumOf_and_a_child_of_a_sum_is_not_also_a_part()
    {
        var result = TemplateParser.Parse(File, Template("""
            { "code": "2", "label": "Tổng số đơn vị", "kind": "count", "unit": "Đơn vị", "sumOf": ["2.1", "2.2"] },
            { "code": "2.1", "parent": "2", "label": "Tự chủ", "kind": "count", "unit": "Đơn vị" },
            { "code": "2.2", "parent": "2", "label": "Nhà nước bảo đảm", "kind": "count", "unit": "Đơn vị" },
            { "code": "2.3", "parent": "2", "label": "Đã cổ phần hóa", "kind": "count", "unit": "Đơn vị" }
            """));
        var rule = Assert.IsType<SumOfParts>(Assert.Single(result.Template!.Rules));
        Assert.Equal("1/2", rule.WholeKey);
        Assert.Equal(["1/2.1", "1/2.2"], rule.PartKeys);
    }

    private const string RollUp = "\"rollUp\": \"tasks-done\", ";

    // The rate of the units' tasks done, rolled up (or not) and charted by outline item I.
    private static TemplateLoadResult WithCharts(string charts, string rollUp = RollUp) => TemplateParser.Parse(File, Template(
            "{ \"code\": \"3\", " + rollUp + "\"label\": \"Tỷ lệ hoàn thành của các xã\", \"kind\": \"percent\", \"unit\": \"%\" }")
        .Replace("\"forms\": [\"1\"] }", "\"forms\": [\"1\"], \"charts\": [ " + charts + " ] }"));

    [Fact]
    public void An_outline_item_asks_for_charts_on_an_indicator_that_rolls_up_its_units()
    {
        var result = WithCharts("""{ "kind": "ranking", "indicator": "1/3" }, { "kind": "Trend", "indicator": "1/3" }""");
        Assert.Empty(result.Problems);
        Assert.Equal([new OutlineChart(OutlineChartKind.Ranking, "1/3"), new OutlineChart(OutlineChartKind.Trend, "1/3")], result.Template!.Outline[0].Charts);
    }

    [Theory]
    [InlineData("""{ "kind": "pie", "indicator": "1/3" }""", RollUp, "loại biểu đồ «pie» không tồn tại")]
    [InlineData("""{ "kind": "ranking", "indicator": "1/9" }""", RollUp, "biểu đồ: chỉ tiêu «1/9» không tồn tại")]
    [InlineData("""{ "kind": "ranking" }""", RollUp, "thiếu «outline[].charts[].indicator»")]
    [InlineData("""{ "kind": "trend", "indicator": "1/3" }""", "", "chỉ tiêu phải có «rollUp»")]
    public void A_chart_of_an_unknown_kind_or_indicator_or_without_roll_up_is_rejected_naming_the_item(string charts, string rollUp, string message)
    {
        var result = WithCharts(charts, rollUp);
        Assert.Null(result.Template);
        var problem = Assert.Single(result.Problems);
        Assert.Equal("I", problem.Code);
        Assert.Contains(message, problem.Message);
    }

    [Theory]
    [InlineData("\"outline\": [ {", "\"outline\": [ null, {", "outline[0]")]
    [InlineData("\"fields\": [ {", "\"fields\": [ null, {", "fields[0]")]
    [InlineData("\"forms\": [\"1\"]", "\"forms\": [\"1\", null]", "outline[0].forms[1]")]
    [InlineData("\"indicators\": [ ", "\"indicators\": [ null, ", "forms[0].indicators[0]")]
    public void A_null_in_a_list_is_refused_naming_where_not_a_crash(string part, string withNull, string path)
    {
        var result = TemplateParser.Parse(File, Template(GoodRows).Replace(part, withNull));
        Assert.Null(result.Template);
        var problem = Assert.Single(result.Problems);
        Assert.Equal(File, problem.File);
        Assert.Contains($"phần tử «{path}» là null", problem.Message);
    }

    [Fact]
    public void A_form_given_twice_with_a_chart_is_refused_as_a_duplicate_not_a_crash()
    {
        var json = Template("{ \"code\": \"3\", " + RollUp + "\"label\": \"Tỷ lệ hoàn thành của các xã\", \"kind\": \"percent\", \"unit\": \"%\" }")
            .Replace("\"forms\": [\"1\"] }", "\"forms\": [\"1\"], \"charts\": [ { \"kind\": \"ranking\", \"indicator\": \"1/3\" } ] }");
        var form = json[json.IndexOf("{ \"code\": \"1\", \"title\"", StringComparison.Ordinal)..json.LastIndexOf(']')].TrimEnd();
        var result = TemplateParser.Parse(File, json.Replace(form, form + ", " + form));
        Assert.Null(result.Template);
        Assert.Contains(result.Problems, p => p.Message.Contains("biểu mẫu «1» trùng mã"));
    }
}
