namespace EnteTui.Core.Media;

/// <summary>Where `ffmpeg` and `ffprobe` live: a folder, or null to search PATH.</summary>
public sealed record MediaToolOptions(string? FfmpegFolder)
{
    /// <summary>Environment variable naming the folder that holds `ffmpeg` and `ffprobe`.</summary>
    public const string FolderVariable = "ENTE_TUI_FFMPEG_DIR";

    public static MediaToolOptions FromPath { get; } = new((string?)null);

    public static MediaToolOptions FromEnvironment(Func<string, string?> getVariable) =>
        getVariable(FolderVariable) is { Length: > 0 } folder ? new MediaToolOptions(folder) : FromPath;
}
