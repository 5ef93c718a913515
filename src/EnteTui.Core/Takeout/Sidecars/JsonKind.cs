namespace EnteTui.Core.Takeout.Sidecars;

/// <summary>What a JSON file of the Takeout is, decided by its content.</summary>
public enum JsonKind
{
    /// <summary>A media sidecar: has <c>photoTakenTime</c> or <c>creationTime</c>, or a title with media fields.</summary>
    MediaSidecar,

    /// <summary>An album's metadata: <c>albumData</c>, or a title without media fields.</summary>
    Album,

    /// <summary>Valid JSON of another shape (print orders, memory titles, arrays).</summary>
    Other,

    /// <summary>Not valid JSON, empty, or too large to be a sidecar.</summary>
    Malformed,
}
