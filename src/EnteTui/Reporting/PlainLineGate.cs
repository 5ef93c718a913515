namespace EnteTui.Reporting;

/// <summary>
/// The one rule of plain progress lines (logs, cron mail) for export, import and scan: a line when
/// the phase changes, otherwise at most one per interval; <c>force</c> makes one due anyway.
/// </summary>
public sealed class PlainLineGate<TPhase>(TimeSpan interval)
    where TPhase : struct, Enum
{
    private TPhase? lastPhase;
    private TimeSpan? lastLine;

    /// <summary>Whether a line is due at <paramref name="now"/> (time since the run started); a due line counts as written.</summary>
    public bool IsDue(TPhase phase, TimeSpan now, bool force = false)
    {
        var due = force || !Nullable.Equals(phase, lastPhase) || lastLine is not { } last || now - last >= interval;
        lastPhase = phase;
        if (due)
        {
            lastLine = now;
        }

        return due;
    }
}
