using EnteTui.Core.Takeout.Archives;
using EnteTui.Tui.Shell;
using Terminal.Gui.Input;

namespace EnteTui.Tui.Screens.TakeoutWizard;

/// <summary>Step 3: what the scan found, per part and in total; Enter goes on to the unmatched items.</summary>
public sealed class SummaryPanel : StagePanel
{
    private readonly SpanView body;

    public SummaryPanel(TakeoutWizardScreen wizard)
        : base(wizard, "Scan summary")
    {
        body = new SpanView(Context.Painter);
        Add(body);
        Keys.Primary([Key.Enter], () => "Continue", "Go on: resolve the unmatched items, or choose where to import", () => Wizard.AfterSummary())
            .Bind([Key.P], "Problems", "List every problem the scan found", ShowProblems, () => Wizard.Report?.Problems.Count > 0)
            .Bind([Key.R], "Rescan", "Scan the parts again", () => Wizard.StartScan())
            .Bind([Key.J, Key.CursorDown], null, "Scroll down", () => body.ScrollBy(1))
            .Bind([Key.K, Key.CursorUp], null, "Scroll up", () => body.ScrollBy(-1));
    }

    public override WizardStage Stage => WizardStage.Summary;

    public override void Enter()
    {
        body.Lines = Lines(Wizard.Report!, Math.Max(60, Frame.Width));
        SetFocus();
    }

    public static List<TextLine> Lines(TakeoutReport report, int width)
    {
        var matched = report.PairsByRule.Where(r => r.Key is not "none").Sum(r => r.Value);
        var lines = new List<TextLine>
        {
            TextLine.Of(
                new Span(Formats.Count(report.MediaCount, "media file", "media files"), Tone.Strong),
                new Span($" · {Formats.Count(matched)} paired with a sidecar", Tone.Success),
                new Span($" · {Formats.Count(report.Unmatched.Count)} unmatched", report.Unmatched.Count > 0 ? Tone.Warning : Tone.Muted),
                new Span(" · " + Formats.Count(report.OrphanSidecars.Count, "orphan sidecar", "orphan sidecars"), Tone.Muted),
                new Span(" · " + Formats.Count(report.Problems.Count, "problem", "problems"), report.Problems.Count > 0 ? Tone.Error : Tone.Muted)),
            TextLine.Plain(Formats.Count(report.Albums.Count, "album", "albums") + ": " + Cells.Fit(string.Join(", ", report.Albums), Math.Max(10, width - 12)), Tone.Muted),
            TextLine.Empty,
            TextLine.Plain("  " + Cells.Pad("Part", Math.Max(12, width - 52)) + Cells.PadLeft("Entries", 9) + Cells.PadLeft("Media", 9) + Cells.PadLeft("Sidecars", 10) + Cells.PadLeft("Unmatched", 11) + Cells.PadLeft("Problems", 10), Tone.Muted),
        };
        foreach (var part in report.Parts)
        {
            lines.Add(TextLine.Of(
                part.Damaged ? new Span("✗ ", Tone.Error) : new Span("  "),
                new Span(Cells.Pad(Path.GetFileName(part.Path) + (part.Damaged ? " (damaged)" : string.Empty), Math.Max(12, width - 52)), part.Damaged ? Tone.Error : Tone.Normal),
                new Span(Cells.PadLeft(Formats.Count(part.Entries), 9) + Cells.PadLeft(Formats.Count(part.Media), 9) + Cells.PadLeft(Formats.Count(part.Sidecars), 10), Tone.Muted),
                new Span(Cells.PadLeft(Formats.Count(part.Unmatched), 11), part.Unmatched > 0 ? Tone.Warning : Tone.Muted),
                new Span(Cells.PadLeft(Formats.Count(part.Problems), 10), part.Problems > 0 ? Tone.Error : Tone.Muted)));
        }

        lines.Add(TextLine.Empty);
        lines.Add(TextLine.Plain("Pairs by rule", Tone.Muted));
        foreach (var rule in report.PairsByRule.Where(r => r.Key != "none").OrderByDescending(r => r.Value))
        {
            lines.Add(TextLine.Of(new Span("  " + Cells.Pad(rule.Key, 28)), new Span(Cells.PadLeft(Formats.Count(rule.Value), 9), Tone.Muted)));
        }

        foreach (var problem in report.Problems.Take(3))
        {
            lines.Add(ProblemLine(problem));
        }

        return lines;
    }

    public static TextLine ProblemLine(TakeoutProblem problem) =>
        TextLine.Of(new Span("  ✗ ", Tone.Error), new Span((problem.Part is { } part ? $"part {part}" : "Takeout") + (problem.Entry is null ? ": " : $", {problem.Entry}: ")), new Span(problem.Message, Tone.Muted));

    private void ShowProblems() =>
        Context.Overlays.Message("Problems", Wizard.Report!.Problems.Select(ProblemLine).ToList());
}
