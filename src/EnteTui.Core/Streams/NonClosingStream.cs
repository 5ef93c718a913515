namespace EnteTui.Core.Streams;

/// <summary>Passes reads through and leaves the inner stream open when disposed (the caller owns the file).</summary>
internal sealed class NonClosingStream(Stream inner) : ReadOnlyPassThroughStream(inner, leaveOpen: true);
