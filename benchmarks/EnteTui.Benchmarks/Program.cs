using EnteTui.Benchmarks;

return args.FirstOrDefault() switch
{
    "export" => await ExportBenchmark.RunAsync(args.Skip(1).ToArray()),
    "import" => await ImportBenchmark.RunAsync(args.Skip(1).ToArray()),
    "takeout-scan" => await TakeoutScanBenchmark.RunAsync(args.Skip(1).ToArray()),
    "tui-albums" => await TuiAlbumsBenchmark.RunAsync(args.Skip(1).ToArray()),
    "tui-wizard" => await TuiWizardBenchmark.RunAsync(args.Skip(1).ToArray()),
    "all" => await AllBenchmarks.RunAsync(args.Skip(1).ToArray()),
    _ => Usage(),
};

static int Usage()
{
    Console.WriteLine("usage: dotnet run -c Release --project benchmarks/EnteTui.Benchmarks -- export [--quick] [--many N] [--runs N] [--sections small,large,huge,many] | import [--quick] [--sets mixed,camera,video,steps] | takeout-scan [--quick] [--entries N --parts P [--runs N]] [--phases | --plan-phases PART...] | tui-albums [--albums N] [--runs N] | tui-wizard [--sidecars N] [--unmatched N] [--runs N] | all [--quick] [--runs N] [--out FILE]");
    return 2;
}
