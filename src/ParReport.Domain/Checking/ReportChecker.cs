using ParReport.Domain.Reports;
using ParReport.Domain.Templates;
using static ParReport.Domain.Formatting.VietnameseNumbers;

namespace ParReport.Domain.Checking;

/// <summary>
/// Reads an existing report and lists its arithmetic and consistency errors: rates against their parts and
/// rounding, totals against their rows, parts greater than wholes, the dossier table's identities, early
/// resolutions left out of the on-time count, one quantity stated differently in two places, the date against
/// the period, numbering gaps and duplicates, coded choices outside their options.
/// </summary>
public static class ReportChecker
{
    public static CheckResult Check(IReadOnlyList<DocumentLine> lines, TemplateCatalog catalog)
    {
        var document = ReportReader.Read(lines);
        var match = catalog.All
            .Select(t => IndicatorMatch.Of(t, document.Appendix))
            .OrderByDescending(m => m.Pairs.Count).ThenByDescending(m => m.Template.Version)
            .FirstOrDefault();
        var findings = new List<Finding>();
        if (match is not null && match.Pairs.Count > 0)
        {
            CheckRows(document, match, findings);
            CheckRules(match, findings);
            CheckEarlyResolutions(document, match, findings);
            CheckAppendixNumbering(document, match, findings);
        }
        else if (document.Appendix.Where(r => r.Label.Length > 0).ToList() is { Count: > 0 } own)
        {
            // No form of the catalogue: the whole appendix is checked by the template inferred from it.
            findings.Add(OwnFormSummary(own, own.Count));
            CheckOwnForm(document, own, findings);
        }
        CheckConcepts(document, match is { Pairs.Count: > 0 } ? match : null, findings);
        if (match is { Pairs.Count: > 0 }) CheckConceptRates(document, match, findings);
        else CheckTextRates(document, findings);
        CheckNarrativeFractions(document, findings);
        CheckNarrativeParts(document, findings);
        CheckDates(document, findings);
        CheckHeadings(document, findings);
        CheckDossierTables(document, findings);

        return new CheckResult(document.Issuer, document.Number, document.Date, document.Period, document.StatedWindow,
            match is { Pairs.Count: > 0 } ? match.Template.Ref : null, document.Appendix.Count,
            match?.Pairs.Count ?? 0, findings.OrderBy(f => f.Line).ThenBy(f => f.Severity).ToList());
    }

    private const int OwnFormFrom = 5;

    private static Finding Error(AppendixRow row, string quote, string expected, string why) => new(Severity.Error, row.Line, row.Location, quote, expected, why);

    private static void CheckRows(ReportDocument document, IndicatorMatch match, List<Finding> findings)
    {
        // A few rows off the form are each told; an appendix on its own form is one finding. Either way the rows off the
        // form are checked by the template inferred from them.
        var unmatched = match.Unmatched.Where(r => r.Label.Length > 0).ToList();
        if (unmatched.Count < OwnFormFrom)
            foreach (var row in unmatched)
                findings.Add(new(Severity.Warning, row.Line, row.Location, row.Label, CheckMessages.UnmatchedExpected, CheckMessages.Unmatched(match.Template.Ref)));
        else findings.Add(OwnFormSummary(unmatched, unmatched.Count + match.Pairs.Count));
        CheckOwnForm(document, unmatched, findings);
        CheckValues(match, findings);
    }

    private static Finding OwnFormSummary(List<AppendixRow> own, int all)
    {
        var shown = own.Take(10).Select(r => r.Line).ToList();
        return new(Severity.Warning, own[0].Line, "phụ lục", own[0].Label, CheckMessages.UnmatchedExpected,
            CheckMessages.OwnForm(own.Count, all, shown) + (own.Count > shown.Count ? " …" : ""));
    }

    private static void CheckOwnForm(ReportDocument document, List<AppendixRow> rows, List<Finding> findings)
    {
        var validFrom = document.Date ?? document.Period?.DefaultWindow.From ?? DateOnly.MinValue;
        if (AppendixTemplate.Infer(rows, "Mẫu riêng của phụ lục", validFrom) is not { } own) return;
        CheckValues(own.Match, findings);
        CheckRules(own.Match, findings);
    }

    private static void CheckValues(IndicatorMatch match, List<Finding> findings)
    {
        foreach (var (row, indicator) in match.Pairs)
        {
            var value = row.Value;
            if (value.IsEmpty) continue;
            if (value.LooksLikeCommaThousands)
            {
                findings.Add(new(Severity.Warning, row.Line, row.Location, value.Text, value.Text.Replace(',', '.'), CheckMessages.CommaThousands(value.Text)));
                continue;
            }
            if (indicator.Kind == IndicatorKind.Choice)
            {
                if (value.NumberCount != 1 || value.Number is not { } code || indicator.Choices.All(o => o.Code != code))
                    findings.Add(Error(row, value.Text, CheckMessages.ChoiceExpected(indicator), CheckMessages.Choice(indicator, value.Text)));
                continue;
            }
            if (value.Number is null && value.Numerator is null && value.NumberCount > 0)
            {
                findings.Add(new(Severity.Warning, row.Line, row.Location, value.Text, CheckMessages.NotANumberExpected, CheckMessages.NotANumber(value.Text)));
                continue;
            }
            if (indicator.Kind == IndicatorKind.Count && value.Number is { } n && (n < 0 || n != decimal.Truncate(n)))
                findings.Add(Error(row, value.Text, CheckMessages.CountExpected, CheckMessages.Count(indicator)));
            if (indicator.Kind is IndicatorKind.Rate or IndicatorKind.Percent) CheckRate(match, row, indicator, findings);
        }
    }

    private static void CheckRate(IndicatorMatch match, AppendixRow row, Indicator rate, List<Finding> findings)
    {
        var value = row.Value;
        if (value.Numerator is { } a && value.Denominator is { } b)
        {
            if (a > b) findings.Add(Error(row, value.Text, CheckMessages.FractionExpected(b), CheckMessages.FractionExceeds(a, b)));
            else if (value.Number is { } stated && Percentage.Rounded(a, b, value.Decimals) is { } ofFraction && ofFraction != stated)
                findings.Add(Error(row, value.Text, CheckMessages.Percent(ofFraction), CheckMessages.FractionArithmetic(a, b, stated, value.Decimals)));
        }
        if (rate.Kind != IndicatorKind.Rate) return;
        var numerator = match.Template.Get(IndicatorKey.Of(rate.FormCode, rate.Numerator!));
        var denominator = match.Template.Get(IndicatorKey.Of(rate.FormCode, rate.Denominator!));
        if (match.NumberOf(numerator.Key) is not { } n || match.NumberOf(denominator.Key) is not { } d
            || Percentage.Rounded(n, d, value.Decimals) is not { } computed) return;
        var expected = CheckMessages.Percent(computed);
        if (value.Numerator is { } sa && value.Denominator is { } sb && (sa != n || sb != d))
            findings.Add(Error(row, value.Text, $"{FormatNumber(n)}/{FormatNumber(d)} = {expected}",
                CheckMessages.FractionNotParts(rate, sa, sb, numerator, n, denominator, d)));
        else if (value.Number is { } p && computed != p)
            findings.Add(Error(row, value.Text, expected, CheckMessages.RateParts(rate, numerator, n, denominator, d)));
    }

    private static void CheckRules(IndicatorMatch match, List<Finding> findings)
    {
        var template = match.Template;
        foreach (var rule in template.Rules)
        {
            switch (rule)
            {
                case PartOfWhole(var partKey, var wholeKey)
                    when match.NumberOf(partKey) is { } part && match.NumberOf(wholeKey) is { } whole && part > whole:
                    var row = match.RowOf(partKey)!;
                    findings.Add(Error(row, row.Value.Text, $"≤ {FormatNumber(whole)}",
                        CheckMessages.PartExceedsWhole(template.Get(partKey), part, template.Get(wholeKey), whole)));
                    break;
                case SumOfParts(var wholeKey, var partKeys) when match.NumberOf(wholeKey) is { } total:
                    var parts = partKeys.Where(k => match.NumberOf(k) is not null).Select(k => (template.Get(k), match.NumberOf(k)!.Value)).ToList();
                    var sum = parts.Sum(p => p.Item2);
                    if (parts.Count == 0 || (parts.Count == partKeys.Count ? sum == total : sum <= total)) break;
                    var wholeRow = match.RowOf(wholeKey)!;
                    findings.Add(Error(wholeRow, wholeRow.Value.Text, CheckMessages.SumExpected(sum), CheckMessages.Sum(template.Get(wholeKey), parts)));
                    break;
                case PartsAtMost(var wholeKey, var partKeys) when match.NumberOf(wholeKey) is { } most:
                    var given = partKeys.Where(k => match.NumberOf(k) is not null).Select(k => (template.Get(k), match.NumberOf(k)!.Value)).ToList();
                    if (given.Count < 2 || given.Sum(p => p.Item2) <= most) break;
                    var mostRow = match.RowOf(wholeKey)!;
                    findings.Add(Error(mostRow, mostRow.Value.Text, $"≥ {FormatNumber(given.Sum(p => p.Item2))}",
                        Reports.ValidationMessages.DisjointPartsExceedWhole(template.Get(wholeKey), most, given)));
                    break;
                case ChoiceRequires(var choiceKey, var option, var key, var some)
                    when match.NumberOf(choiceKey) == option && match.NumberOf(key) is { } counted && (some ? counted == 0 : counted > 0):
                    var choice = template.Get(choiceKey);
                    var countedRow = match.RowOf(key)!;
                    findings.Add(Error(countedRow, countedRow.Value.Text, some ? "> 0" : "0",
                        Reports.ValidationMessages.ChoiceContradictsCount(choice, choice.Choices.First(c => c.Code == option).Label, template.Get(key), counted, some)));
                    break;
            }
        }
    }

    private static void CheckEarlyResolutions(ReportDocument document, IndicatorMatch match, List<Finding> findings)
    {
        var onTimeKey = match.Template.FindByConcept("dossiers-on-time")?.Key;
        if (onTimeKey is null || match.NumberOf(onTimeKey) is not { } stated) return;
        foreach (var (line, section) in document.Narrative)
        {
            var facts = NarrativeFact.In(line, section).ToList();
            var early = facts.FirstOrDefault(f => f.Concept == "dossiers-early");
            var onTime = facts.FirstOrDefault(f => f.Concept == "dossiers-on-time-only");
            if (early is null || onTime is null || early.Value == 0 || stated != onTime.Value) continue;
            var onTimeIndicator = match.Template.Get(onTimeKey);
            var rate = match.Template.Indicators.FirstOrDefault(i => i.Kind == IndicatorKind.Rate && i.FormCode == onTimeIndicator.FormCode && i.Numerator == onTimeIndicator.Code);
            var row = (rate is null ? null : match.RowOf(rate.Key)) ?? match.RowOf(onTimeKey)!;
            var resolved = rate is null ? null : match.NumberOf(IndicatorKey.Of(rate.FormCode, rate.Denominator!));
            var expected = resolved is { } r && Percentage.Rounded(early.Value + onTime.Value, r, 0) is { } rate100
                ? CheckMessages.EarlyLeftOutExpected(early.Value, onTime.Value, r, rate100) : FormatNumber(early.Value + onTime.Value);
            findings.Add(Error(row, row.Value.Text, expected, CheckMessages.EarlyLeftOut(early.Value, onTime.Value, line.Number)));
            return;
        }
    }

    // The appendix row, when there is one, is the reference; otherwise the first statement in the text.
    // Every other statement of the same quantity must agree with it.
    private static void CheckConcepts(ReportDocument document, IndicatorMatch? match, List<Finding> findings)
    {
        var facts = document.Narrative.SelectMany(n => NarrativeFact.In(n.Line, n.Section)).ToList();
        // The same quantity: the same concept counting the same subject.
        foreach (var group in facts.GroupBy(f => (f.Concept, f.Subject)))
        {
            var indicator = match?.Template.FindByConcept(group.Key.Concept);
            var row = indicator is null ? null : match!.RowOf(indicator.Key);
            // The appendix row is the reference only for statements of its own subject.
            if (indicator is not null && NarrativeFact.SubjectAt(Text.VietnameseText.Fold(indicator.Label), 0, 0) != group.Key.Subject) row = null;
            var statements = group.ToList();
            var reference = row?.Value.Number ?? statements[0].Value;
            var places = statements.Where(f => f.Value == reference).Select(f => $"mục {f.Section} (dòng {f.Line.Number}: «{f.Quote}»)").ToList();
            if (row?.Value.Number is not null) places.Insert(0, $"{row.Location} (dòng {row.Line})");
            var severity = row?.Value.Number is not null ? Severity.Error : Severity.Warning;
            foreach (var fact in statements.Where(f => f.Value != reference))
                findings.Add(new(severity, fact.Line.Number, $"mục {fact.Section}", fact.Quote, FormatNumber(reference),
                    CheckMessages.Inconsistent(group.Key.Concept, reference, string.Join(" và ", places))));
        }
    }

    // A rate stated in the text must be the appendix's rate of the same quantity, at the text's precision.
    private static void CheckConceptRates(ReportDocument document, IndicatorMatch match, List<Finding> findings)
    {
        foreach (var (line, section) in document.Narrative)
            foreach (var (concept, percent, decimals, quote) in NarrativeFact.ConceptRates(line))
            {
                var rate = match.Template.RateOfConcept(concept);
                if (rate is null || match.RowOf(rate.Key) is not { } row) continue;
                if (match.NumberOf(IndicatorKey.Of(rate.FormCode, rate.Numerator!)) is not { } n
                    || match.NumberOf(IndicatorKey.Of(rate.FormCode, rate.Denominator!)) is not { } d
                    || Percentage.Rounded(n, d, decimals) is not { } computed || computed == percent) continue;
                findings.Add(new(Severity.Error, line.Number, $"mục {section}", quote, CheckMessages.Percent(computed),
                    CheckMessages.RateAgainstAppendix(percent, rate, row, n, d)));
            }
    }

    // Disjoint parts stated with their whole in one sentence, of the same subject, must not add up to more than it.
    private static void CheckNarrativeParts(ReportDocument document, List<Finding> findings)
    {
        foreach (var (line, section) in document.Narrative)
        {
            var facts = NarrativeFact.In(line, section).ToList();
            foreach (var (wholeConcept, partConcepts) in NarrativeFact.DisjointParts)
                foreach (var whole in facts.Where(f => f.Concept == wholeConcept))
                {
                    var parts = partConcepts.Select(c => facts.FirstOrDefault(f => f.Concept == c && f.Subject == whole.Subject)).OfType<NarrativeFact>().ToList();
                    if (parts.Count == 0 || parts.Sum(p => p.Value) <= whole.Value) continue;
                    findings.Add(new(Severity.Error, line.Number, $"mục {section}", whole.Quote, $"≥ {FormatNumber(parts.Sum(p => p.Value))}",
                        CheckMessages.PartsExceedWhole(parts, whole)));
                }
        }
    }

    // Without an appendix to hold it to, a rate stated in the text must be the one the text's own counts give.
    private static void CheckTextRates(ReportDocument document, List<Finding> findings)
    {
        var facts = document.Narrative.SelectMany(n => NarrativeFact.In(n.Line, n.Section)).Where(f => f.Subject is null).ToList();
        decimal? First(string concept) => facts.FirstOrDefault(f => f.Concept == concept)?.Value;
        // A sentence stating the rate after its own parts is checked against them already.
        foreach (var (line, section) in document.Narrative.Where(n => !NarrativeFact.StatedRates(n.Line).Any()))
            foreach (var (concept, percent, decimals, quote) in NarrativeFact.ConceptRates(line))
            {
                // Dossiers resolved early are resolved on time too.
                var (n, d) = concept switch
                {
                    "dossiers-on-time" => (First("dossiers-on-time") ?? First("dossiers-on-time-only") + (First("dossiers-early") ?? 0), First("dossiers-resolved")),
                    "dossiers-online" => (First("dossiers-online"), First("dossiers-received")),
                    _ => (null, null),
                };
                if (n is null || d is null || Percentage.Rounded(n.Value, d.Value, decimals) is not { } computed || computed == percent) continue;
                findings.Add(new(Severity.Error, line.Number, $"mục {section}", quote, CheckMessages.Percent(computed),
                    CheckMessages.RateAgainstText(percent, concept, n.Value, d.Value)));
            }
    }

    private static void CheckNarrativeFractions(ReportDocument document, List<Finding> findings)
    {
        foreach (var (line, section) in document.Narrative)
        {
            foreach (var (part, whole, quote) in NarrativeFact.ExcessiveFractions(line))
                findings.Add(new(Severity.Error, line.Number, $"mục {section}", quote, CheckMessages.FractionExpected(whole), CheckMessages.FractionExceeds(part, whole)));
            foreach (var (part, whole, stated, decimals, quote) in NarrativeFact.StatedRates(line))
                if (Percentage.Rounded(part, whole, decimals) is { } computed && computed != stated)
                    findings.Add(new(Severity.Error, line.Number, $"mục {section}", quote, CheckMessages.Percent(computed),
                        CheckMessages.FractionArithmetic(part, whole, stated, decimals)));
        }
    }

    private static void CheckDates(ReportDocument document, List<Finding> findings)
    {
        // A directive or a letter is not dated against a period; only a report with its title is.
        if (!document.HasTitle || document.Date is not { } date || document.DateLine is not { } dateLine) return;
        var quote = System.Text.RegularExpressions.Regex.Match(dateLine.Text, @"ngày\s+[0-9]{1,2}\s+tháng\s+[0-9]{1,2}\s+năm\s+[0-9]{4}").Value;
        if (document.Period is { } period)
        {
            var start = (period.Kind == Periods.PeriodKind.NineMonths ? period.DefaultCumulativeWindow : period.DefaultWindow).From;
            var end = period.DefaultWindow.To.AddYears(1);
            if (date < start)
                findings.Add(new(Severity.Error, dateLine.Number, "đầu văn bản", quote, CheckMessages.DateExpectedInPeriod(start, end), CheckMessages.DateBeforePeriod(period.Label, start)));
            else if (date > end)
                findings.Add(new(Severity.Error, dateLine.Number, "đầu văn bản", quote, CheckMessages.DateExpectedInPeriod(start, end), CheckMessages.DateAfterPeriod(period.Label, period.DefaultWindow.To)));
        }
        if (document.StatedWindow is { } window && date < window.To)
            findings.Add(new(Severity.Warning, dateLine.Number, "đầu văn bản", quote, $"một ngày từ {window.To:dd/MM/yyyy} trở đi", CheckMessages.DateBeforeCutOff(window.To)));
        if (document.AttachmentDate is { } attachment && attachment != date)
            findings.Add(new(Severity.Error, dateLine.Number, "đầu văn bản", quote, CheckMessages.LongDate(attachment), CheckMessages.AttachmentDate(attachment, document.AttachmentLine!.Number)));
    }

    private static readonly string[] Romans = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X"];

    private static void CheckHeadings(ReportDocument document, List<Finding> findings)
    {
        var roman = 0;
        var sub = 0;
        foreach (var heading in document.Headings)
        {
            if (heading.Parent is null)
            {
                var index = Array.IndexOf(Romans, heading.Number) + 1;
                if (index != roman + 1 && index > 0)
                    findings.Add(new(Severity.Warning, heading.Line.Number, $"mục {heading.Number}", heading.Line.Text.Trim(), CheckMessages.HeadingExpected(Romans[Math.Min(roman, Romans.Length - 1)]),
                        index <= roman ? CheckMessages.HeadingDuplicate(heading.Number) : CheckMessages.HeadingGap(Romans[roman], heading.Number)));
                roman = Math.Max(roman, index);
                sub = 0;
                continue;
            }
            if (!int.TryParse(heading.Number, out var number)) continue;
            if (number != sub + 1)
                findings.Add(new(Severity.Warning, heading.Line.Number, $"mục {heading.Parent}.{heading.Number}", heading.Line.Text.Trim(), CheckMessages.HeadingExpected($"{sub + 1}"),
                    number <= sub ? CheckMessages.HeadingDuplicate(heading.Number) : CheckMessages.HeadingGap($"{sub + 1}", heading.Number)));
            sub = Math.Max(sub, number);
        }
    }

    // Numbering is checked row by row: a code needs its parent and its previous sibling before it, unless the
    // template itself numbers that way (the district form has no 4.1).
    private static void CheckAppendixNumbering(ReportDocument document, IndicatorMatch match, List<Finding> findings)
    {
        var seen = new HashSet<string>();
        foreach (var row in document.Appendix)
        {
            var code = row.Code;
            if (Romans.Contains(code)) { seen.Clear(); continue; }
            if (!System.Text.RegularExpressions.Regex.IsMatch(code, @"^[0-9]{1,4}(\.[0-9]{1,4})*$")) continue;
            seen.Add(code);
            var parts = code.Split('.');
            var parent = string.Join('.', parts[..^1]);
            var last = int.Parse(parts[^1]);
            var previous = parts.Length > 1 ? $"{parent}.{last - 1}" : $"{last - 1}";
            var form = match.IndicatorOf(row) is { Code: var c } indicator && c == code ? match.Template.FindForm(indicator.FormCode) : null;
            bool Expected(string missing) => form is null || form.Find(missing) is not null;
            if (parts.Length > 1 && !seen.Contains(parent) && Expected(parent))
                findings.Add(new(Severity.Warning, row.Line, row.Location, row.Stt, $"mục cha {parent}", CheckMessages.CodeWithoutParent(code, parent)));
            else if (last > 1 && !seen.Contains(previous) && Expected(previous))
                findings.Add(new(Severity.Warning, row.Line, row.Location, row.Stt, $"mục {previous}", CheckMessages.CodeGap(code, previous)));
        }
    }

    // The dossier table by field: STT | Lĩnh vực | (3) … (13). Its identities hold in every row, and its total
    // row ("Tổng cộng") is the sum of the rows above it.
    private static void CheckDossierTables(ReportDocument document, List<Finding> findings)
    {
        var table = new List<(DocumentLine Line, string Label, decimal[] Columns)>();
        foreach (var line in document.Lines.Append(new DocumentLine(0, "")))
        {
            var cells = line.Cells;
            if (!ReportReader.IsDossierRow(cells))
            {
                CheckDossierTotal(table, findings);
                table.Clear();
                continue;
            }
            var c = cells.Skip(2).Take(11).Select(x => Parse(x.Trim()).Value ?? 0).ToArray();
            var label = cells[1].Trim();
            table.Add((line, label, c));
            void Identity(string name, decimal left, decimal right)
            {
                if (left != right) findings.Add(new(Severity.Error, line.Number, $"bảng hồ sơ, dòng «{label}»", line.Text.Replace('\t', ' ').Trim(), FormatNumber(right), CheckMessages.DossierIdentity(name, left, right)));
            }
            Identity("(3) = (4) + (5) + (6)", c[0], c[1] + c[2] + c[3]);
            Identity("(7) = (8) + (9) + (10)", c[4], c[5] + c[6] + c[7]);
            Identity("(11) = (12) + (13)", c[8], c[9] + c[10]);
            Identity("(3) = (7) + (11)", c[0], c[4] + c[8]);
        }
    }

    private static void CheckDossierTotal(List<(DocumentLine Line, string Label, decimal[] Columns)> table, List<Finding> findings)
    {
        var total = table.FindLastIndex(r => Domain.Text.VietnameseText.Fold(r.Label).StartsWith("tong", StringComparison.Ordinal));
        if (total <= 0) return;
        var rows = table.Take(total).ToList();
        for (var column = 0; column < 11; column++)
        {
            var sum = rows.Sum(r => r.Columns[column]);
            if (sum == table[total].Columns[column]) continue;
            var (line, label, _) = table[total];
            findings.Add(new(Severity.Error, line.Number, $"bảng hồ sơ, dòng «{label}»", line.Text.Replace('\t', ' ').Trim(), FormatNumber(sum),
                CheckMessages.DossierTotal(column + 3, table[total].Columns[column], sum)));
        }
    }
}
