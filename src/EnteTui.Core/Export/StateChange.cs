namespace EnteTui.Core.Export;

/// <summary>One pending change to the export state.</summary>
public abstract record StateChange
{
    public abstract void ApplyTo(ExportStateStore store);

    public sealed record PutItem(ExportedItem Item) : StateChange
    {
        public override void ApplyTo(ExportStateStore store) => store.Items.Upsert(Item);
    }

    public sealed record DropItem(string Id) : StateChange
    {
        public override void ApplyTo(ExportStateStore store) => store.Items.Delete(Id);
    }

    public sealed record PutAlbum(ExportedAlbum Album) : StateChange
    {
        public override void ApplyTo(ExportStateStore store) => store.Albums.Upsert(Album);
    }

    public sealed record DropAlbum(long Id) : StateChange
    {
        public override void ApplyTo(ExportStateStore store) => store.Albums.Delete(Id);
    }

    public sealed record PutRun(ExportRunRecord Run) : StateChange
    {
        public override void ApplyTo(ExportStateStore store) => store.Runs.Upsert(Run);
    }
}
