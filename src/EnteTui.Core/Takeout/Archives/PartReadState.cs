namespace EnteTui.Core.Takeout.Archives;

/// <summary>Where a part is in a scan's reading phase.</summary>
public enum PartReadState
{
    Waiting,
    Reading,
    Done,
    FromCache,
}
