using System.Text;
using System.Text.Json.Nodes;
using ParReport.Cli.Tests;
using ParReport.Storage;

namespace ParReport.Fuzz.Tests;

/// <summary>
/// Bad files given to the `parreport` command in-process: every run must end with exit code 0, 1 or 2 and a message,
/// never an exception or a stack trace, within 5 s; a refused file leaves the database as it was.
/// </summary>
public sealed class CliFuzzTest : IDisposable
{
    private readonly CliRun _cli = new();

    public void Dispose() => _cli.Dispose();

    /// <summary>The database with the units the dossiers are imported for, so that a fingerprint can be taken before any command.</summary>
    private async Task PrepareAsync()
    {
        var units = Path.Combine(_cli.Folder, "don-vi.csv");
        await File.WriteAllTextAsync(units, Seeds.Units);
        var (exit, _, error) = await _cli.RunAsync("units", "import", units);
        Assert.True(exit == 0, error);
    }

    private async Task<string> FingerprintAsync()
    {
        await using var db = Database.Create(_cli.ConnectionString);
        return await Fingerprint.OfAsync(db);
    }

    /// <summary>Runs one command on a file and judges it.</summary>
    private async Task JudgeAsync(FuzzCategory category, int input, string fileName, byte[] content, Func<string, string[]> args, bool storesNothing = true)
    {
        var path = Path.Combine(_cli.Folder, fileName);
        await File.WriteAllBytesAsync(path, content);
        var before = await FingerprintAsync();
        var what = $"{string.Join(' ', args(fileName))} ({content.Length} bytes)";
        var (run, _) = await category.TimeAsync(input, what, _ => _cli.RunAsync(args(path)));
        File.Delete(path);
        if (run == default) return;
        var (exit, output, error) = run;
        if (exit is not (0 or 1 or 2)) category.Crash(input, what, $"exit code {exit}: {error}");
        else if (StackTrace(output + error)) category.Crash(input, what, $"stack trace in the output: {error}");
        else if (exit != 0)
        {
            category.CheckRefusal(input, what, error + output, fileName);
            if (storesNothing && await FingerprintAsync() is var after && after != before)
                category.Fail(input, what, $"exit {exit} yet stored something: {before} → {after}");
        }
    }

    private static bool StackTrace(string text) => text.Contains("   at ", StringComparison.Ordinal) || text.Contains("Exception:", StringComparison.Ordinal);

    [Fact]
    public async Task Dossier_exports_given_to_dossiers_import()
    {
        var category = new FuzzCategory("cli: dossiers import", 201);
        await PrepareAsync();
        foreach (var input in FuzzSize.Inputs(ci: 40, full: 600))
        {
            var random = FuzzSize.Random(category.Seed, input);
            var (name, content) = DossierInputs.Generate(random, input);
            string[] options = random.Next(4) switch { 0 => ["--dry-run"], 1 => ["--good-rows-only"], 2 => ["--map", Hostile.Text(random) + "=" + Hostile.Text(random)], _ => [] };
            // With --good-rows-only, exit 1 means the good rows were stored and the others listed.
            await JudgeAsync(category, input, name, content, path => ["dossiers", "import", path, "--unit", "phuong-dinh", .. options], storesNothing: options is not ["--good-rows-only"]);
        }
        category.AssertClean();
    }

    [Fact]
    public async Task Register_files_given_to_registers_import()
    {
        var category = new FuzzCategory("cli: registers import", 205);
        await PrepareAsync();
        foreach (var input in FuzzSize.Inputs(ci: 40, full: 600))
        {
            var random = FuzzSize.Random(category.Seed, input);
            var (register, name, content) = RegisterInputs.Generate(random, input);
            await JudgeAsync(category, input, name, content, path => ["registers", "import", "phuong-dinh", register, path]);
        }
        category.AssertClean();
    }

    [Fact]
    public async Task Template_files_given_to_templates_validate_and_reports_to_templates_infer()
    {
        var category = new FuzzCategory("cli: templates", 202);
        await PrepareAsync();
        foreach (var input in FuzzSize.Inputs(ci: 40, full: 600))
        {
            var random = FuzzSize.Random(category.Seed, input);
            if (input % 4 == 3)
            {
                var (report, bytes) = ReportInputs.Generate(random, input);
                await JudgeAsync(category, input, report, bytes, path => ["templates", "infer", path]);
                continue;
            }
            var template = Seeds.Templates[random.Next(Seeds.Templates.Length)];
            var content = random.Next(5) switch
            {
                0 => Mutate.Encode(random, template),
                1 => Mutate.Bytes(random, Encoding.UTF8.GetBytes(template)),
                _ => Encoding.UTF8.GetBytes(Json(random, template)),
            };
            await JudgeAsync(category, input, $"fuzz-{input}.json", content, path => ["templates", "validate", path]);
        }
        category.AssertClean();
    }

    [Fact]
    public async Task Unit_files_given_to_units_import()
    {
        var category = new FuzzCategory("cli: units import", 203);
        await PrepareAsync();
        foreach (var input in FuzzSize.Inputs(ci: 40, full: 500))
        {
            var random = FuzzSize.Random(category.Seed, input);
            var content = random.Next(6) switch
            {
                0 => Mutate.Encode(random, Seeds.Units),
                1 => Mutate.Bytes(random, Encoding.UTF8.GetBytes(Seeds.Units)),
                2 => Encoding.UTF8.GetBytes("ma;ten;cap;ma cap tren\n" + string.Concat(Enumerable.Range(0, random.Next(1, 3000)).Select(i => $"u{random.Next(50)};{Hostile.Text(random)};{new[] { "xa", "huyen", "tinh", "", "thon" }[random.Next(5)]};u{random.Next(-1, 50)}\n"))),
                _ => Encoding.UTF8.GetBytes(Mutate.Lines(random, Seeds.Units)),
            };
            await JudgeAsync(category, input, $"fuzz-{input}.csv", content, path => ["units", "import", path]);
        }
        category.AssertClean();
    }

    [Fact]
    public async Task Reports_given_to_check()
    {
        var category = new FuzzCategory("cli: check", 204);
        await PrepareAsync();
        foreach (var input in FuzzSize.Inputs(ci: 40, full: 600))
        {
            var random = FuzzSize.Random(category.Seed, input);
            var (name, content) = ReportInputs.Generate(random, input);
            await JudgeAsync(category, input, name, content, path => ["check", path, .. random.Next(2) == 0 ? ["--json"] : Array.Empty<string>()]);
        }
        category.AssertClean();
    }

    private const string Deep = "deep-nesting-here";

    /// <summary>A template with a value changed to another type, a key dropped or repeated, a code duplicated, nested deep, or made huge.</summary>
    private static string Json(Random random, string template)
    {
        if (random.Next(8) == 0) return Mutate.Lines(random, template);
        var root = JsonNode.Parse(template)!;
        var nodes = new List<JsonNode>();
        void Walk(JsonNode? node)
        {
            if (node is null) return;
            nodes.Add(node);
            if (node is JsonObject o) foreach (var (_, child) in o.ToList()) Walk(child);
            if (node is JsonArray a) foreach (var child in a.ToList()) Walk(child);
        }
        Walk(root);
        for (var times = random.Next(1, 4); times > 0; times--)
        {
            var node = nodes[random.Next(1, nodes.Count)];
            var parent = node.Parent;
            if (parent is null) continue;
            JsonNode? replacement = random.Next(9) switch
            {
                0 => null,
                1 => JsonValue.Create(Hostile.Text(random)),
                2 => JsonValue.Create(random.Next(-5, 1_000_000)),
                3 => JsonValue.Create(1e300),
                4 => new JsonArray(),
                5 => new JsonObject(),
                6 => JsonValue.Create(Deep),
                7 => node.DeepClone(),
                _ => JsonValue.Create(Hostile.Huge(random)),
            };
            if (parent is JsonObject po)
            {
                var key = po.First(p => ReferenceEquals(p.Value, node)).Key;
                if (random.Next(5) == 0) po.Remove(key); else po[key] = replacement;
            }
            else if (parent is JsonArray pa)
            {
                var index = pa.IndexOf(node);
                if (random.Next(3) == 0) pa.Add(node.DeepClone()); else pa[index] = replacement;
            }
        }
        // Nested deeper than a JSON node may be built: put in as text.
        return root.ToJsonString().Replace($"\"{Deep}\"", string.Concat(Enumerable.Repeat("[", 5000)) + string.Concat(Enumerable.Repeat("]", 5000)));
    }
}
