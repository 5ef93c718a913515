using EnteTui.Reporting;
using EnteTui.Tui.Shell;
using Terminal.Gui.Input;

namespace EnteTui.Tui.Screens.TakeoutWizard;

/// <summary>Step 2: scanning the parts (central directories only; cached parts are instant). Esc cancels.</summary>
public sealed class ScanPanel : StagePanel
{
    private static readonly string[] Spinner = ["⠋", "⠙", "⠹", "⠸", "⠼", "⠴", "⠦", "⠧", "⠇", "⠏"];
    private readonly SpanView body;
    private ITakeoutScan? scan;
    private object? timer;
    private DateTime started;
    private int tick;

    public ScanPanel(TakeoutWizardScreen wizard)
        : base(wizard, "Scan")
    {
        body = new SpanView(Context.Painter);
        Add(body);
        Keys.Primary([Key.Esc], () => "Cancel", "Cancel the scan and go back to the parts", Cancel);
    }

    public override WizardStage Stage => WizardStage.Scan;

    public override bool IsBusy => scan is not null;

    public override void Enter()
    {
        scan = Wizard.Takeout.StartScan(Wizard.Parts);
        started = Context.Clock.Now;
        var running = scan;
        Context.Await(
            running.Completion,
            report =>
            {
                if (scan == running)
                {
                    Finish();
                    Wizard.ScanDone(report);
                }
            },
            error =>
            {
                if (scan == running)
                {
                    Finish();
                    Wizard.ScanFailed(error.Message);
                }
            });
        timer = Context.Every(TimeSpan.FromMilliseconds(250), Draw);
        Draw();
        SetFocus();
    }

    public override void Leave() => Finish();

    public override Task StopAsync()
    {
        scan?.Cancel();
        Finish();
        return Task.CompletedTask;
    }

    private void Cancel()
    {
        scan?.Cancel();
        Finish();
        Wizard.Show(WizardStage.Parts);
    }

    private void Finish()
    {
        scan = null;
        Context.StopTimer(timer);
        timer = null;
    }

    private bool Draw()
    {
        if (scan is null)
        {
            return false;
        }

        var progress = scan.Snapshot();
        var elapsed = Context.Clock.Now - started;
        body.Lines =
        [
            TextLine.Of(new Span(Spinner[tick++ % Spinner.Length] + " ", Tone.Key), new Span($"Scanning {progress.PartsTotal} part{(progress.PartsTotal == 1 ? string.Empty : "s")}…", Tone.Strong), new Span("  " + Formats.Duration(elapsed), Tone.Muted)),
            TextLine.Empty,
            TextLine.Plain(progress.CurrentPart is { } part ? "Reading " + Path.GetFileName(part) : "Reading the archives' directories and the JSON sidecars; nothing is extracted.", Tone.Muted),
            progress.EntriesRead > 0 ? TextLine.Plain($"{Formats.Count(progress.EntriesRead)} entries read · {progress.PartsDone} of {progress.PartsTotal} parts done", Tone.Muted) : TextLine.Empty,
        ];
        return true;
    }
}
