namespace EnteTui.Reporting;

/// <summary>One line describing an export's progress.</summary>
public static class ProgressLine
{
    /// <summary>The failed count and the latest failure as a progress reporter prints it.</summary>
    public static (int Count, string? Latest) Failures(ExportProgress p) =>
        (p.FilesFailed, p.LastFailure is { } failure ? $"{failure.Album}/{failure.Name}: {failure.Message}" : null);

    public static string Format(ExportProgress p)
    {
        if (p.Phase is ExportPhase.Syncing or ExportPhase.Planning or ExportPhase.Organizing or ExportPhase.Starting)
        {
            return p.Phase switch
            {
                ExportPhase.Syncing => "Syncing the library…",
                ExportPhase.Planning => "Comparing with the export folder…",
                ExportPhase.Organizing => "Organizing albums…",
                _ => "Starting…",
            };
        }

        var line = string.Create(CultureInfo.InvariantCulture, $"{p.FilesDone}/{p.FilesTotal} files, {Formats.Bytes(p.BytesDone)} of {Formats.Bytes(p.BytesTotal)}, {Formats.Rate(p.BytesPerSecond)}, ETA {Formats.Duration(p.Eta)}");
        if (p.FilesFailed > 0)
        {
            line += string.Create(CultureInfo.InvariantCulture, $", {p.FilesFailed} failed");
        }

        if (p.Active.Count > 0)
        {
            line += $" — {p.Active[0].Album}/{p.Active[0].Name}" + (p.Active.Count > 1 ? string.Create(CultureInfo.InvariantCulture, $" (+{p.Active.Count - 1})") : "");
        }

        return line;
    }
}
