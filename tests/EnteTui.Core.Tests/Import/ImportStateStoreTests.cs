using EnteTui.Core.Import.State;

namespace EnteTui.Core.Tests.Import;

public sealed class ImportStateStoreTests : IDisposable
{
    private readonly DirectoryInfo dir = Directory.CreateTempSubdirectory("import-state-");

    private string DbPath => Path.Combine(dir.FullName, "import", "1.db");

    [Fact]
    public void Durable_and_batched_records_are_visible_at_once_and_after_reopening()
    {
        using (var store = new ImportStateStore(DbPath))
        {
            store.SaveContent(new ContentRecord { Id = "c1", Stage = ContentStage.ObjectsUploaded, CreateRequestJson = "{}" }, durable: true);
            store.SaveGroup(new GroupRecord { Id = "g1", Done = true });
            store.SaveGroup(new GroupRecord { Id = "g2", Done = false, Error = "boom", Attempts = 1 });
            store.SaveAlbum("Trip", 42);
            Assert.Equal(ContentStage.ObjectsUploaded, store.FindContent("c1")!.Stage);
            Assert.Contains("g1", store.DoneGroups());
        }

        using var reopened = new ImportStateStore(DbPath);
        Assert.Equal("{}", reopened.FindContent("c1")!.CreateRequestJson);
        Assert.Equal(["g1"], reopened.DoneGroups().ToArray());
        Assert.Equal("boom", Assert.Single(reopened.FailedGroups()).Error);
        Assert.Equal(42, reopened.FindAlbum("Trip"));
        Assert.Null(reopened.FindAlbum("Nope"));
    }

    [Fact]
    public void A_later_record_replaces_an_earlier_one()
    {
        using var store = new ImportStateStore(DbPath);
        store.SaveContent(new ContentRecord { Id = "c", Stage = ContentStage.ObjectsUploaded }, durable: true);
        store.SaveContent(new ContentRecord { Id = "c", Stage = ContentStage.Created, FileId = 7, Collections = [1, 2] }, durable: false);
        store.Flush();
        Assert.Equal(7, store.FindContent("c")!.FileId);
        Assert.Equal([1L, 2L], store.FindContent("c")!.Collections);
    }

    public void Dispose() => dir.Delete(recursive: true);
}
