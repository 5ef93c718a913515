namespace EnteTui.Core.Takeout.Archives;

/// <summary>Opens entries of one part.</summary>
internal interface IEntryOpener : IDisposable
{
    Stream Open(EntryRef entry, long declaredSize, CancellationToken cancellationToken);
}
