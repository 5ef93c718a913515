namespace EnteTui.Core.Takeout.Scanning;

/// <summary>An EXIF head still to read from <see cref="Copy"/>, for the pairs <see cref="FirstPair"/> .. + <see cref="PairCount"/> (dated without it until then).</summary>
internal readonly record struct PendingExif(TakeoutEntry Copy, int FirstPair, int PairCount, SidecarData? Sidecar, string FileName, DateTime? FolderDate);
