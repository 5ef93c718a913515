namespace EnteTui.LocalServer.Fixtures;

/// <summary>Damage a test can do to a file to check that a client fails cleanly (hostile-server tests).</summary>
public enum FileCorruption
{
    /// <summary>The stored file object loses its second half (shorter than `info.fileSize`).</summary>
    TruncateFile,

    /// <summary>Bytes are appended to the stored file object (longer than declared, trailing data).</summary>
    ExtendFile,

    /// <summary>One byte in the middle of the stored file object is flipped (authentication fails).</summary>
    FlipFileByte,

    /// <summary>One byte of the stored thumbnail is flipped.</summary>
    FlipThumbnailByte,

    /// <summary>The encrypted metadata is replaced by random bytes (undecryptable); rows move forward.</summary>
    GarbleMetadata,

    /// <summary>Every row's wrapped file key becomes 47 bytes (wrong length); rows move forward.</summary>
    WrongKeyLength,
}
