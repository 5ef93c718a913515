namespace EnteTui.Core.Import.Planning;

/// <summary>A media file to upload from one folder: a single photo or video, or a live-photo pair.</summary>
public sealed record ImportCopy(ImportMedia Media, ImportMedia? MotionVideo = null)
{
    public bool IsLivePhoto => MotionVideo is not null;

    public long Size => Media.Size + (MotionVideo?.Size ?? 0);

    /// <summary>Stable identity across runs: entry paths and sizes.</summary>
    public string Key => MotionVideo is null
        ? $"{Media.Path}|{Media.Size}"
        : $"{Media.Path}|{Media.Size}+{MotionVideo.Path}|{MotionVideo.Size}";
}
