using EnteTui.Tui.Screens.ExportProgress;
using Terminal.Gui.Input;

namespace EnteTui.Tui.Screens.TakeoutWizard;

/// <summary>Steps 6 and 7: the upload, shown like an export (bar, rate, ETA, albums, failures), then its summary.</summary>
public sealed class UploadPanel : StagePanel
{
    private readonly TransferPanel panel;
    private TimeSpan? took;

    public UploadPanel(TakeoutWizardScreen wizard)
        : base(wizard, "Upload")
    {
        panel = new TransferPanel(Context, "files", Heading);
        panel.Sampled += _ => Context.Refresh();
        panel.Over += Finished;
        Add(panel);
        Keys.Primary([Key.P, Key.Space], () => "Pause", "Pause the upload (files in flight finish)", () => Act(r => r.Pause()), () => !Over && panel.Last.Phase != RunPhase.Paused && panel.Run?.SupportsPause != false)
            .Primary([Key.P, Key.Space], () => "Resume", "Resume the upload", () => Act(r => r.Resume()), () => panel.Last.Phase == RunPhase.Paused)
            .Bind([Key.F], "Failures", "List every failed file with its reason", () => Context.Overlays.Message("Failures", panel.Last.Failures.Select(TransferLines.FailureLine).ToList()), () => panel.Last.Failures.Count > 0)
            .Bind([Key.R], "Run again", "Upload again (files already uploaded are not sent twice)", Start, () => Over && panel.Last.Phase != RunPhase.Finished)
            .Primary([Key.Enter], () => "Done", "Close the wizard", () => Wizard.Close(), () => Over);
    }

    public override WizardStage Stage => WizardStage.Upload;

    public override bool IsBusy => panel.Run is not null && !Over;

    public TransferPanel Panel => panel;

    private bool Over => panel.Last.IsOver && panel.Run?.Completion.IsCompleted == true;

    public override void Enter()
    {
        if (panel.Run is null || Over)
        {
            Start();
        }

        panel.SetFocus();
    }

    public override void Leave() => panel.Detach();

    public override Task StopAsync()
    {
        if (panel.Run is not { } run || Over)
        {
            return Task.CompletedTask;
        }

        run.Stop();
        return run.Completion;
    }

    private void Start()
    {
        took = null;
        panel.Attach(Wizard.Takeout.StartImport(Wizard.BuildImportRequest()));
        Context.Refresh();
    }

    private void Act(Action<ITransferRun> action)
    {
        if (panel.Run is { } run)
        {
            action(run);
            panel.Sample();
            Context.Refresh();
        }
    }

    private void Finished(TransferSnapshot last)
    {
        took = panel.Elapsed;
        if (last.Phase == RunPhase.Finished)
        {
            Wizard.Completed();
        }

        Context.ExitMessages.Clear();
        Context.ExitMessages.Add(Heading(last, took.Value));
        Context.Refresh();
    }

    private string Heading(TransferSnapshot s, TimeSpan elapsed)
    {
        var account = Wizard.Account?.Email ?? "?";
        return s.Phase switch
        {
            RunPhase.Finished => $"Imported into {account} in {Formats.Duration(took ?? elapsed)}",
            RunPhase.Stopped => "Upload stopped. Press r (or import again later) to continue where it stopped.",
            RunPhase.Failed => "The upload failed.",
            _ => $"Uploading to {account}",
        };
    }
}
