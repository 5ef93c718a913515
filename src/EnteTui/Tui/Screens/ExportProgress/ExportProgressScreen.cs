using EnteTui.Tui.Keymap;
using EnteTui.Tui.Shell;
using Terminal.Gui.Input;
using Terminal.Gui.ViewBase;

namespace EnteTui.Tui.Screens.ExportProgress;

/// <summary>
/// Runs an export and shows it: overall bar, rate and ETA, files in flight, albums, failures as they
/// happen. p pauses, c keeps watching for changes, q or Ctrl+C ask and then stop between files.
/// </summary>
public sealed class ExportProgressScreen : Screen
{
    private readonly TuiServices services;
    private readonly TransferPanel panel;
    private ExportRequest request;
    private bool started;
    private TimeSpan? took;

    public ExportProgressScreen(TuiContext context, TuiServices services, ExportRequest request)
        : base(context)
    {
        this.services = services;
        this.request = request;
        panel = new TransferPanel(context, "files", Heading) { X = 1, Y = 1, Width = Dim.Fill(1), Height = Dim.Fill() };
        panel.Sampled += _ => Context.Refresh();
        panel.Over += Finished;
        Keys = new KeyTable("Export")
            .Primary([Key.P, Key.Space], () => "Pause", "Pause the export (files in flight finish)", () => Act(r => r.Pause()), () => !Over && Phase != RunPhase.Paused)
            .Primary([Key.P, Key.Space], () => "Resume", "Resume the export", () => Act(r => r.Resume()), () => Phase == RunPhase.Paused)
            .Bind([Key.C], "Continuous", "Keep watching for changes after the export is up to date (toggle)", ToggleContinuous, () => panel.Run is { SupportsContinuous: true } && !Over)
            .Bind([Key.F], "Failures", "List every failed file with its reason", ShowFailures, () => panel.Last.Failures.Count > 0)
            .Bind([Key.R], "Run again", "Run the export again (picks up where it stopped)", Restart, () => Over)
            .Primary([Key.Enter], () => "Done", "Back to the albums", () => Context.Navigator.Pop(), () => Over);
    }

    public override string Title => "Export";

    public override string? Detail => request.Account.Email + (Continuous ? " · continuous" : string.Empty);

    public override KeyTable Keys { get; }

    public override bool IsBusy => started && !Over;

    public override string BusyQuestion =>
        "The export is running. Stop it after the files in flight? Running it again continues where it stopped.";

    public TransferPanel Panel => panel;

    public RunPhase Phase => panel.Last.Phase;

    private bool Over => panel.Last.IsOver && panel.Run?.Completion.IsCompleted == true;

    private bool Continuous => panel.Run?.Continuous ?? request.Continuous;

    public override Task StopAsync()
    {
        if (panel.Run is not { } run)
        {
            return Task.CompletedTask;
        }

        run.Stop();
        return run.Completion;
    }

    public override void OnShown()
    {
        if (!started)
        {
            Start();
        }

        panel.SetFocus();
    }

    public override void OnHidden() => panel.Detach();

    protected override View Build()
    {
        var root = new View { CanFocus = true };
        root.Add(panel);
        return root;
    }

    private void Start()
    {
        started = true;
        took = null;
        panel.Attach(services.Export.Start(request));
        Context.Refresh();
    }

    private void Restart() => Start();

    private void Act(Action<ITransferRun> action)
    {
        if (panel.Run is { } run)
        {
            action(run);
            panel.Sample();
            Context.Refresh();
        }
    }

    private void ToggleContinuous()
    {
        if (panel.Run is { } run)
        {
            run.Continuous = !run.Continuous;
            request = request with { Continuous = run.Continuous };
            Context.Refresh();
        }
    }

    private void ShowFailures() =>
        Context.Overlays.Message("Failures", panel.Last.Failures.Select(TransferLines.FailureLine).ToList());

    private void Finished(TransferSnapshot last)
    {
        took = panel.Elapsed;
        Context.ExitMessages.Clear();
        Context.ExitMessages.Add(Heading(last, took.Value));
        Context.ExitMessages.Add($"{Formats.Count(last.FilesDone)} files, {Formats.Bytes(last.BytesDone)}, {Formats.Count(last.Failures.Count)} failed.");
        Context.Refresh();
    }

    private string Heading(TransferSnapshot s, TimeSpan elapsed)
    {
        var albums = Formats.Count(request.Albums.Count, "album", "albums");
        return s.Phase switch
        {
            RunPhase.Finished => $"Exported {albums} in {Formats.Duration(took ?? elapsed)} to {request.Options.ExportDir}",
            RunPhase.Stopped => $"Export stopped. Press r (or export again later) to continue where it stopped.",
            RunPhase.Failed => "The export failed.",
            RunPhase.Watching => $"{albums} up to date in {request.Options.ExportDir}",
            _ => $"Exporting {albums} to {request.Options.ExportDir}",
        };
    }
}
