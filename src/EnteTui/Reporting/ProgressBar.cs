namespace EnteTui.Reporting;

/// <summary>A text progress bar for a terminal status line: "━━━━━━────────  42%".</summary>
public static class ProgressBar
{
    public static string Render(long done, long total, int width = 20)
    {
        var fraction = total <= 0 ? 0 : Math.Clamp((double)done / total, 0, 1);
        var filled = (int)Math.Round(fraction * width);
        return new string('━', filled) + new string('─', width - filled) + ((int)Math.Floor(fraction * 100)).ToString(CultureInfo.InvariantCulture).PadLeft(4) + "%";
    }
}
