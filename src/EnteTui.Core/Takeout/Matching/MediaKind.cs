namespace EnteTui.Core.Takeout.Matching;

public enum MediaKind
{
    NotMedia,
    Image,
    Video,

    /// <summary>A motion-photo video without an extension (<c>MVIMG_...</c>) or with a Pixel <c>.MP</c>/<c>.MP~n</c> one.</summary>
    MotionVideo,
}
