namespace EnteTui.Core.Import.Upload;

/// <summary>An encrypted object stored on the server: its key, secretstream header (base64) and encrypted size.</summary>
public sealed record UploadedObject(string ObjectKey, string DecryptionHeader, long Size);
