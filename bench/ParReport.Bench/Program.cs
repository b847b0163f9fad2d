using System.Diagnostics;
using ParReport.Bench;

// dotnet run -c Release --project bench/ParReport.Bench -- [communes] [rounds]
//                                                        -- dossiers [rows] [rounds]
//                                                        -- aggregate [communes, 3321] [rounds, 3] [huyen: through districts]
//                                                        -- check [rounds, 200]
if (args.Length > 0 && args[0] == "aggregate")
{
    await AggregateBenchmark.RunAsync(args.Length > 1 ? int.Parse(args[1]) : 3321, args.Length > 2 ? int.Parse(args[2]) : 3, args.Contains("huyen"));
    return;
}
if (args.Length > 0 && args[0] == "check")
{
    CheckBenchmark.Run(args.Length > 1 ? int.Parse(args[1]) : 200);
    return;
}
if (args.Length > 0 && args[0] == "dossiers")
{
    await DossierBenchmark.RunAsync(args.Length > 1 ? long.Parse(args[1]) : 1_000_000, args.Length > 2 ? int.Parse(args[2]) : 3);
    return;
}

var communes = args.Length > 0 ? int.Parse(args[0]) : 1000;
var rounds = args.Length > 1 ? int.Parse(args[1]) : 3;
Console.WriteLine($"Máy: {Environment.ProcessorCount} lõi, .NET {Environment.Version}, {communes} xã, {rounds} lượt (lấy lượt nhanh nhất)");
Console.WriteLine();

var province = DocumentBenchmark.Province(communes);
foreach (var benchmark in DocumentBenchmark.All)
{
    var best = double.MaxValue;
    long bytes = 0;
    for (var round = 0; round < rounds; round++)
    {
        var clock = Stopwatch.StartNew();
        bytes = benchmark.Run(province);
        best = Math.Min(best, clock.Elapsed.TotalSeconds);
    }
    Console.WriteLine($"{benchmark.Name,-44} {communes / best,10:N0} báo cáo/giây   {best,7:N2} s   {bytes / communes / 1024.0,6:N1} KB/báo cáo");
}
Console.WriteLine();
Console.WriteLine($"Bộ nhớ lớn nhất (working set): {Process.GetCurrentProcess().PeakWorkingSet64 / 1024 / 1024} MB");
