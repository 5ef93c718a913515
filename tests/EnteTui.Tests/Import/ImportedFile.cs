namespace EnteTui.Tests.Import;

/// <summary>A file as the account holds it after an import, content decrypted.</summary>
public sealed record ImportedFile(
    long Id,
    string Title,
    int FileType,
    long CreationTime,
    double? Latitude,
    double? Longitude,
    string? Caption,
    string[] Albums,
    byte[] Content,
    int Visibility);
