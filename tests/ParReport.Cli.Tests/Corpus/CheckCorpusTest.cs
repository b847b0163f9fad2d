using System.Diagnostics;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace ParReport.Cli.Tests.Corpus;

/// <summary>
/// `parreport check --json` over the corpus (<see cref="CheckCorpus"/>): per category, how many planted errors (or findings
/// of the original, for a variant of a seed) were found, and how many findings were false alarms. The table is printed and
/// written to artifacts/check-corpus.txt. Targets: every planted error found; no false alarm.
/// </summary>
public partial class CheckCorpusTest
{
    private sealed record Found(string Severity, string Location, string Quote, string Expected, string Why)
    {
        // A finding of a variant is the original's when it says the same of the same place, whatever line it is on.
        public string Key => $"{Severity} | {Label().Replace(Location, "")} | {Expected}";
    }

    private sealed record Tally(string Category)
    {
        public int Files;
        public int Wanted;
        public int Hit;
        public int FalseAlarms;
        public List<string> Notes { get; } = [];
    }

    [Fact]
    public async Task The_checker_finds_every_planted_error_and_raises_no_false_alarm_over_the_corpus()
    {
        using var cli = new CliRun();
        var files = CheckCorpus.Files().ToList();
        foreach (var file in files.Where(f => f.PdfFrom is null)) await File.WriteAllBytesAsync(Path.Combine(cli.Folder, file.Name), file.Bytes);
        var pdfs = await PrintToPdfAsync(cli.Folder, files.Where(f => f.PdfFrom is not null).Select(f => f.PdfFrom!).ToList());

        var results = new Dictionary<string, List<Found>>();
        foreach (var file in files.Where(f => f.PdfFrom is null || pdfs))
        {
            var (exit, output, error) = await cli.RunAsync("check", Path.Combine(cli.Folder, file.Name), "--json");
            Assert.True(exit is 0 or 1, $"{file.Name}: exit {exit}: {error}");
            using var json = JsonDocument.Parse(output);
            results[file.Name] = json.RootElement.GetProperty("findings").EnumerateArray().Select(f => new Found(
                f.GetProperty("severity").GetString()!, f.GetProperty("location").GetString()!, f.GetProperty("quote").GetString()!,
                f.GetProperty("expected").GetString()!, f.GetProperty("why").GetString()!)).ToList();
        }

        var tallies = new Dictionary<string, Tally>();
        foreach (var file in files.Where(f => results.ContainsKey(f.Name) && f.Expected is not Reference))
        {
            var tally = tallies.TryGetValue(file.Category, out var t) ? t : tallies[file.Category] = new Tally(file.Category);
            tally.Files++;
            var findings = results[file.Name];
            switch (file.Expected)
            {
                case Clean:
                    tally.FalseAlarms += findings.Count;
                    tally.Notes.AddRange(findings.Select(f => $"{file.Name}: false alarm at {f.Location}: «{f.Quote}» {f.Why}"));
                    break;
                case SameAs(var original):
                    var wanted = results[original].Select(f => f.Key).ToList();
                    var got = findings.Select(f => f.Key).ToList();
                    tally.Wanted += wanted.Count;
                    tally.Hit += wanted.Count(got.Contains);
                    tally.FalseAlarms += got.Count(k => !wanted.Contains(k));
                    tally.Notes.AddRange(wanted.Where(k => !got.Contains(k)).Select(k => $"{file.Name}: missed {k}"));
                    tally.Notes.AddRange(findings.Where(f => !wanted.Contains(f.Key)).Select(f => $"{file.Name}: false alarm {f.Key}: «{f.Quote}» {f.Why}"));
                    break;
                case Planted(var places):
                    tally.Wanted++;
                    if (findings.Any(f => At(f, places[0]))) tally.Hit++;
                    else tally.Notes.Add($"{file.Name}: missed the error at {places[0]}");
                    var stray = findings.Where(f => !places.Any(p => At(f, p))).ToList();
                    tally.FalseAlarms += stray.Count;
                    tally.Notes.AddRange(stray.Select(f => $"{file.Name}: false alarm at {f.Location}: «{f.Quote}» {f.Why}"));
                    break;
            }
        }

        var table = new List<string> { $"{"category",-40} {"files",5} {"to find",8} {"found",6} {"recall",7} {"false alarms",13}" };
        table.AddRange(tallies.Values.Select(t =>
            $"{t.Category,-40} {t.Files,5} {t.Wanted,8} {t.Hit,6} {(t.Wanted == 0 ? "—" : $"{100.0 * t.Hit / t.Wanted:0}%"),7} {t.FalseAlarms,13}"));
        table.Add($"{"all",-40} {tallies.Values.Sum(t => t.Files),5} {tallies.Values.Sum(t => t.Wanted),8} {tallies.Values.Sum(t => t.Hit),6} {"",7} {tallies.Values.Sum(t => t.FalseAlarms),13}");
        if (!pdfs) table.Add("PDF files left out: LibreOffice (libreoffice-writer) is not installed; .ci/run installs it.");
        table.AddRange(tallies.Values.SelectMany(t => t.Notes));
        var artifacts = Directory.CreateDirectory(Path.Combine(AppContext.BaseDirectory, "artifacts")).FullName;
        await File.WriteAllLinesAsync(Path.Combine(artifacts, "check-corpus.txt"), table);
        TestContext.Current.SendDiagnosticMessage(string.Join("\n", table));

        Assert.True(tallies.Values.Sum(t => t.Wanted) > 0);
        Assert.All(tallies.Values, t => Assert.True(t.Hit == t.Wanted && t.FalseAlarms == 0, $"{t.Category}: {t.Hit}/{t.Wanted} found, {t.FalseAlarms} false alarms\n" + string.Join("\n", t.Notes)));
    }

    // A place naming a row ("phụ lục, mục 2.1 «Số TTHC…") is matched by its beginning, any other ("mục I") exactly.
    private static bool At(Found finding, string place) =>
        place.Contains('«') ? finding.Location.StartsWith(place, StringComparison.Ordinal) : finding.Location == place;

    // All the DOCX files to PDF in one LibreOffice run (one start-up); false where LibreOffice is not installed.
    private static async Task<bool> PrintToPdfAsync(string folder, IReadOnlyList<string> docxFiles)
    {
        var office = new[] { "soffice", "libreoffice" }.SelectMany(p => (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':').Select(d => Path.Combine(d, p)))
            .FirstOrDefault(File.Exists);
        if (office is null || docxFiles.Count == 0) return false;
        var arguments = $"--headless --norestore -env:UserInstallation=file://{folder}/lo-profile --convert-to pdf --outdir {folder} "
            + string.Join(' ', docxFiles.Distinct().Select(f => Path.Combine(folder, f)));
        using var process = Process.Start(new ProcessStartInfo(office, arguments) { RedirectStandardOutput = true, RedirectStandardError = true })!;
        var log = await process.StandardOutput.ReadToEndAsync() + await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync(TestContext.Current.CancellationToken);
        var missing = docxFiles.Where(f => !File.Exists(Path.Combine(folder, Path.ChangeExtension(f, ".pdf")))).ToList();
        Assert.True(missing.Count == 0, $"LibreOffice wrote no PDF for {string.Join(", ", missing)}: {log}");
        return true;
    }

    [GeneratedRegex(@"«[^»]*»")]
    private static partial Regex Label();
}
