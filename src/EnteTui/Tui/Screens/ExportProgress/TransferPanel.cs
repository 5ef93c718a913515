using EnteTui.Core.Progress;
using EnteTui.Tui.Shell;
using Terminal.Gui.ViewBase;

namespace EnteTui.Tui.Screens.ExportProgress;

/// <summary>
/// Shows a transfer run (export or upload). It samples the run every 250 ms on the UI thread,
/// keeps the rate meter, and raises <see cref="Over"/> once when the run has ended.
/// </summary>
public sealed class TransferPanel : View
{
    public static readonly TimeSpan SampleInterval = TimeSpan.FromMilliseconds(250);

    private readonly TuiContext context;
    private readonly string noun;
    private readonly Func<TransferSnapshot, TimeSpan, string> heading;
    private readonly RateMeter rate = new();
    private object? timer;
    private DateTime started;

    public TransferPanel(TuiContext context, string noun, Func<TransferSnapshot, TimeSpan, string> heading)
    {
        this.context = context;
        this.noun = noun;
        this.heading = heading;
        CanFocus = true;
        Width = Dim.Fill();
        Height = Dim.Fill();
    }

    public event Action<TransferSnapshot>? Over;

    public event Action<TransferSnapshot>? Sampled;

    public ITransferRun? Run { get; private set; }

    public TransferSnapshot Last { get; private set; } = TransferSnapshot.Starting;

    public TimeSpan Elapsed => context.Clock.Now - started;

    public string Rendered => string.Join('\n', Lines(Math.Max(40, Viewport.Width), Math.Max(10, Viewport.Height)).Select(l => l.Text));

    public void Attach(ITransferRun run)
    {
        Detach();
        Run = run;
        Last = TransferSnapshot.Starting;
        started = context.Clock.Now;
        timer = context.Every(SampleInterval, Sample);
        SetNeedsDraw();
    }

    public void Detach()
    {
        context.StopTimer(timer);
        timer = null;
    }

    /// <summary>Takes a snapshot now (also what the timer does).</summary>
    public bool Sample()
    {
        if (Run is null)
        {
            return false;
        }

        Last = Run.Snapshot();
        if (Last.Phase == RunPhase.Running)
        {
            rate.Add(Elapsed, Last.BytesDone);
        }
        else
        {
            rate.Pause();
        }

        SetNeedsDraw();
        Sampled?.Invoke(Last);
        if (Last.IsOver && Run.Completion.IsCompleted)
        {
            timer = null;
            Over?.Invoke(Last);
            return false;
        }

        return true;
    }

    protected override bool OnDrawingContent(DrawContext? drawContext)
    {
        var viewport = Viewport;
        var lines = Lines(viewport.Width, viewport.Height);
        for (var row = 0; row < viewport.Height; row++)
        {
            context.Painter.Paint(this, 0, row, viewport.Width, row < lines.Count ? lines[row] : TextLine.Empty);
        }

        return true;
    }

    private List<TextLine> Lines(int width, int height) =>
        TransferLines.Build(Last, rate, heading(Last, Elapsed), noun, width, height);
}
