using EnteTui.Tui.Screens.ExportProgress;

namespace EnteTui.Tests.Tui.Fakes;

/// <summary>Starts <see cref="FakeRun"/>s and keeps them for the test to drive.</summary>
public sealed class FakeExport : IExportBackend
{
    public List<(ExportRequest Request, FakeRun Run)> Runs { get; } = [];

    public FakeRun Last => Runs[^1].Run;

    public ITransferRun Start(ExportRequest request)
    {
        var run = new FakeRun(request.Albums.Select(a => a.Name), 10, 1_000_000) { Continuous = request.Continuous };
        Runs.Add((request, run));
        return run;
    }
}
