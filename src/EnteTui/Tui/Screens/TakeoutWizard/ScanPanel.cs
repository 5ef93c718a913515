using EnteTui.Tui.Shell;
using Terminal.Gui.Input;

namespace EnteTui.Tui.Screens.TakeoutWizard;

/// <summary>Step 2: scanning the parts (central directories only; cached parts are instant), with part i of n, bytes, entries, rate and ETA. Esc cancels.</summary>
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

    /// <summary>Part i of n and its file, bytes read of the parts' total with a bar, entries so far, rate and ETA; then the pairing phase.</summary>
    public static List<TextLine> ProgressLines(ScanProgress progress, int width)
    {
        if (progress.Phase != ScanPhase.Reading)
        {
            return [TextLine.Plain(ScanProgressLine.Format(progress), Tone.Muted)];
        }

        var part = progress.CurrentPart is { } path
            ? TextLine.Of(new Span(Capitalized(ScanProgressLine.Part(progress)) + "  ", Tone.Strong), new Span(Cells.FitPath(path, Math.Max(10, width - 20)), Tone.Muted))
            : TextLine.Plain("Reading the archives' directories and the JSON sidecars; nothing is extracted.", Tone.Muted);
        var lines = new List<TextLine> { part, TextLine.Empty };
        if (progress.BytesTotal > 0)
        {
            lines.Add(TextLine.Of(new Span(ProgressBar.Render(progress.BytesRead, progress.BytesTotal, Math.Clamp(width - 8, 10, 40)), Tone.Key)));
            lines.Add(TextLine.Plain($"{Formats.Bytes(progress.BytesRead)} of {Formats.Bytes(progress.BytesTotal)} · {Formats.Rate(progress.BytesPerSecond)} · ETA {Formats.Duration(progress.Eta)}", Tone.Muted));
        }

        lines.Add(TextLine.Plain($"{Formats.Count(progress.Entries, "entry", "entries")} read · {progress.PartsDone} of {progress.PartsTotal} parts done", Tone.Muted));
        return lines;
    }

    private static string Capitalized(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];

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
        var width = Math.Max(40, Frame.Width - 4);
        body.Lines =
        [
            TextLine.Of(new Span(Spinner[tick++ % Spinner.Length] + " ", Tone.Key), new Span($"Scanning {Formats.Count(progress.PartsTotal, "part", "parts")}…", Tone.Strong), new Span("  " + Formats.Duration(elapsed), Tone.Muted)),
            TextLine.Empty,
            .. ProgressLines(progress, width),
        ];
        return true;
    }
}
