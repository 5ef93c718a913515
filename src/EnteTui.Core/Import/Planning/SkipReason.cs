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

    /// <summary>Captured outside <c>--since</c>/<c>--until</c>, or its capture time is unknown while a range is given.</summary>
    OutsideDates,
}
