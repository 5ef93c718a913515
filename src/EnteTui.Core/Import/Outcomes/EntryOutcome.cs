namespace EnteTui.Core.Import.Outcomes;

/// <summary>How the import ended for one scanned media entry; every entry ends in exactly one.</summary>
public enum EntryOutcome
{
    Uploaded,
    AlreadyInEnte,
    DoneEarlier,

    /// <summary>Identical bytes to another entry of this Takeout, which stands for it (its albums are kept).</summary>
    CopyOfAnother,
    LeftOut,
    Failed,
}
