namespace EnteTui.Core.Takeout.Archives;

/// <summary>What a path given on the command line turned out to be (reported as <c>kind</c>).</summary>
public enum PartKind
{
    Zip,
    Tgz,
    Tar,
    Folder,

    /// <summary>Not a zip, tgz, tar or folder (or missing / unreadable); it contributes nothing.</summary>
    Invalid,

    /// <summary>The same part given a second time (same file, or identical content); ignored.</summary>
    Duplicate,
}
