namespace EnteTui.Core.Takeout.Scanning;

/// <summary>Keeps part listings between runs, keyed by the part's full path, size and modification time.</summary>
public interface IListingCache
{
    PartListing? TryGet(TakeoutPart part);

    void Put(PartListing listing);
}
