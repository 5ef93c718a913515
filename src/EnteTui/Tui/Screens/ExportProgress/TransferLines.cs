using EnteTui.Core.Progress;
using EnteTui.Tui.Shell;

namespace EnteTui.Tui.Screens.ExportProgress;

/// <summary>
/// Turns a snapshot into the lines of the progress screen, fitted to the space: totals, bar, rate
/// and ETA first; then the files in flight, the albums and the latest failures as room allows.
/// </summary>
public static class TransferLines
{
    public static List<TextLine> Build(TransferSnapshot s, RateMeter rate, string heading, string noun, int width, int height)
    {
        var lines = new List<TextLine>
        {
            TextLine.Of(new Span(heading, Tone.Strong), new Span("   " + PhaseText(s.Phase), PhaseTone(s.Phase))),
            Bar(s, width),
            Totals(s, rate, noun),
            s.Error is not null ? TextLine.Plain(s.Error, Tone.Error)
                : s.Note is not null ? TextLine.Plain(s.Note, Tone.Muted)
                : TextLine.Empty,
        };

        var failures = s.Failures.Count > 0 ? Math.Min(s.Failures.Count, 3) + 2 : 0;
        var room = height - lines.Count - failures;
        if (s.Active.Count > 0 && room > 3)
        {
            var shown = Math.Min(s.Active.Count, Math.Min(6, room / 2));
            lines.Add(TextLine.Empty);
            lines.Add(TextLine.Plain("Now", Tone.Muted));
            foreach (var item in s.Active.Take(shown))
            {
                var size = item.BytesTotal > 0 ? $"{Formats.Bytes(item.BytesDone)} / {Formats.Bytes(item.BytesTotal)}" : item.BytesDone > 0 ? Formats.Bytes(item.BytesDone) : string.Empty;
                lines.Add(TextLine.Of(new Span("  ↓ ", Tone.Key), new Span(Cells.Pad(item.Name, Math.Max(10, width - 26))), new Span(Cells.PadLeft(size, 20), Tone.Muted)));
            }

            room = height - lines.Count - failures;
        }

        if (s.Groups.Count > 0 && room > 2)
        {
            lines.Add(TextLine.Empty);
            lines.Add(TextLine.Plain("Albums", Tone.Muted));
            var ordered = s.Groups
                .OrderBy(g => g.State switch { GroupState.Running => 0, GroupState.Failed => 1, GroupState.Waiting => 2, _ => 3 })
                .ToList();
            var fit = room - 2;
            foreach (var group in ordered.Take(ordered.Count > fit ? fit - 1 : fit))
            {
                lines.Add(GroupLine(group, width));
            }

            if (ordered.Count > fit)
            {
                lines.Add(TextLine.Plain($"  … and {ordered.Count - (fit - 1)} more", Tone.Muted));
            }
        }

        if (s.Failures.Count > 0)
        {
            lines.Add(TextLine.Empty);
            lines.Add(TextLine.Of(new Span($"Failures ({Formats.Count(s.Failures.Count)})", Tone.Error), new Span("   f lists them all", Tone.Muted)));
            foreach (var failure in s.Failures.TakeLast(3))
            {
                lines.Add(FailureLine(failure));
            }
        }

        return lines;
    }

    public static TextLine FailureLine(TransferFailure failure) =>
        TextLine.Of(new Span("  ✗ ", Tone.Error), new Span(failure.Group + " / " + failure.Item + ": "), new Span(failure.Reason, Tone.Muted));

    public static string PhaseText(RunPhase phase) => phase switch
    {
        RunPhase.Preparing => "preparing",
        RunPhase.Running => "running",
        RunPhase.Paused => "paused",
        RunPhase.Stopping => "stopping after the files in flight…",
        RunPhase.Watching => "up to date · watching for changes",
        RunPhase.Finished => "finished",
        RunPhase.Stopped => "stopped",
        _ => "failed",
    };

    private static Tone PhaseTone(RunPhase phase) => phase switch
    {
        RunPhase.Failed => Tone.Error,
        RunPhase.Paused or RunPhase.Stopping or RunPhase.Stopped => Tone.Warning,
        RunPhase.Finished or RunPhase.Watching => Tone.Success,
        _ => Tone.Muted,
    };

    private static TextLine Bar(TransferSnapshot s, int width)
    {
        var fraction = s.BytesTotal > 0 ? (double)s.BytesDone / s.BytesTotal
            : s.FilesTotal > 0 ? (double)s.FilesDone / s.FilesTotal
            : s.IsOver || s.Phase == RunPhase.Watching ? 1 : 0;
        fraction = Math.Clamp(fraction, 0, 1);
        var barWidth = Math.Max(10, width - 7);
        var filled = (int)Math.Round(fraction * barWidth);
        return TextLine.Of(
            new Span(new string('━', filled), Tone.Key),
            new Span(new string('─', barWidth - filled), Tone.Muted),
            new Span(Cells.PadLeft($"{(int)Math.Floor(fraction * 100)}%", 6)));
    }

    private static TextLine Totals(TransferSnapshot s, RateMeter rate, string noun)
    {
        var spans = new List<Span>
        {
            new($"{Formats.Count(s.FilesDone)} / {Formats.Count(s.FilesTotal)} {noun}"),
            new($" · {Formats.Bytes(s.BytesDone)} / {Formats.Bytes(s.BytesTotal)}", Tone.Muted),
        };
        if (s.Phase == RunPhase.Running)
        {
            spans.Add(new Span($" · {Formats.Rate(rate.BytesPerSecond)}", Tone.Muted));
            if (rate.Eta(s.BytesTotal - s.BytesDone) is { } eta)
            {
                spans.Add(new Span(" · ETA " + Formats.Duration(eta)));
            }
        }

        if (s.FilesUnchanged > 0)
        {
            spans.Add(new Span($" · {Formats.Count(s.FilesUnchanged)} up to date", Tone.Muted));
        }

        if (s.Failures.Count > 0)
        {
            spans.Add(new Span($" · {Formats.Count(s.Failures.Count)} failed", Tone.Error));
        }

        return new TextLine(spans);
    }

    private static TextLine GroupLine(GroupProgress g, int width)
    {
        var (mark, tone) = g.State switch
        {
            GroupState.Done => ("  ✓ ", Tone.Success),
            GroupState.Running => ("  ▸ ", Tone.Key),
            GroupState.Failed => ("  ✗ ", Tone.Error),
            _ => ("  · ", Tone.Muted),
        };
        var counts = $"{Formats.Count(g.FilesDone)} / {Formats.Count(g.FilesTotal)}" + (g.Failed > 0 ? $"  {g.Failed} failed" : string.Empty);
        return TextLine.Of(
            new Span(mark, tone),
            new Span(Cells.Pad(g.Name, Math.Max(10, width - 28)), g.State == GroupState.Waiting ? Tone.Muted : Tone.Normal),
            new Span(Cells.PadLeft(counts, 24), g.Failed > 0 ? Tone.Error : Tone.Muted));
    }
}
