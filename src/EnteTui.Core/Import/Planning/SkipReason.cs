namespace EnteTui.Core.Import.Planning;

public enum SkipReason
{
    Unmatched,
    Trashed,
    Archived,
    Resolution,
    EmptyFile,
    NotMedia,
    TooLarge,
}
