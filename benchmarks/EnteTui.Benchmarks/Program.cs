using EnteTui.Benchmarks;

return args.FirstOrDefault() switch
{
    "export" => await ExportBenchmark.RunAsync(args.Skip(1).ToArray()),
    "import" => await ImportBenchmark.RunAsync(args.Skip(1).ToArray()),
    _ => Usage(),
};

static int Usage()
{
    Console.WriteLine("usage: dotnet run -c Release --project benchmarks/EnteTui.Benchmarks -- export [--quick] [--many N] [--runs N] [--sections small,large,huge,many] | import [--quick]");
    return 2;
}
