using EnteTui.Core.Bandwidth;
using EnteTui.Core.Selection;

namespace EnteTui.Tui.Shell;

/// <summary>
/// The `--since`, `--until` and `--bwlimit` settings as the screens edit them: text as typed on the
/// command line (empty = no limit), checked by the same parsers the commands use.
/// </summary>
public static class DateAndRatePrompts
{
    public static void EditSince(TuiContext context, string since, string until, Action<string> accepted) =>
        context.Overlays.Show(new PromptOverlay(context, "Since", "Only files captured on or after (2024-05-01 or 2024-05-01T08:30:00+02:00; empty = any):", since, t => CheckDates(t, until), t => accepted(t.Trim())));

    public static void EditUntil(TuiContext context, string since, string until, Action<string> accepted) =>
        context.Overlays.Show(new PromptOverlay(context, "Until", "Only files captured on or before (a date includes its whole day; empty = any):", until, t => CheckDates(since, t), t => accepted(t.Trim())));

    public static void EditRate(TuiContext context, string rate, Action<string> accepted) =>
        context.Overlays.Show(new PromptOverlay(context, "Bandwidth limit", "Bytes per second for all transfers together (500k, 2M; empty = no limit):", rate, CheckRate, t => accepted(t.Trim())));

    public static string? CheckDates(string since, string until) =>
        CaptureRange.TryParse(since, until, out _, out var problem) ? null : problem;

    public static string? CheckRate(string rate) =>
        string.IsNullOrWhiteSpace(rate) || BandwidthRate.TryParse(rate, out _) ? null : "Type a rate such as 500k, 2M or 1G, or leave it empty.";

    /// <summary>The window and rate the texts name; anything unparsable (an old saved setting) means no limit.</summary>
    public static (CaptureRange Dates, long BytesPerSecond) Parse(string since, string until, string rate) =>
        (CaptureRange.TryParse(since, until, out var dates, out _) ? dates : CaptureRange.All,
         BandwidthRate.TryParse(rate, out var bytes) ? bytes : 0);

    public static string Show(string value, string none) => string.IsNullOrWhiteSpace(value) ? none : value;
}
