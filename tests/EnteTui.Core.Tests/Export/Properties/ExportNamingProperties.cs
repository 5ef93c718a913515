using EnteTui.Core.Export;
using FsCheck.Xunit;

namespace EnteTui.Core.Tests.Export.Properties;

/// <summary>Album folders and file names chosen by the real planner on a real temp export root, over two runs.</summary>
[Properties(Arbitrary = [typeof(HostileTitles)], MaxTest = 150)]
public class ExportNamingProperties
{
    [Property]
    public void Remembered_names_never_flip_and_nothing_collides_when_lower_ids_with_clashing_names_arrive(
        string[] albumNames, string[] titles, string[] laterAlbumNames, string[] laterTitles)
    {
        using var f = new PlannerFixture();
        var albums = AddAlbums(f, albumNames.Take(4).Prepend("Trip").ToArray(), firstId: 1000);
        AddFiles(f, albums, titles, firstId: 1000);
        f.Apply(f.Plan());
        var folders = f.Albums.ToDictionary(a => a.Key, a => a.Value.FolderName);
        var items = f.Items.ToDictionary(i => i.Id, i => i.Names.ToList());

        var laterAlbums = AddAlbums(f, laterAlbumNames.Take(4).Concat(albumNames.Take(4)).ToArray(), firstId: 1);
        AddFiles(f, albums.Concat(laterAlbums).ToArray(), laterTitles.Concat(titles).ToArray(), firstId: 1);
        f.Apply(f.Plan());

        Assert.All(folders, remembered => Assert.Equal(remembered.Value, f.Albums[remembered.Key].FolderName));
        Assert.All(items, remembered => Assert.Equal(remembered.Value, f.Items.Single(i => i.Id == remembered.Key).Names));
        AssertDistinctAndPortable(f.Albums.Values.Select(a => a.FolderName), ExportPlanner.LockFolder, ExportPlanner.TrashFolder);
        foreach (var album in f.Items.GroupBy(i => i.CollectionId))
        {
            AssertDistinctAndPortable(album.SelectMany(i => i.Names), f.Options.MetaDir, "metadata");
        }

        Assert.True(f.Plan().IsEmpty);
    }

    private static long[] AddAlbums(PlannerFixture f, string[] names, long firstId) =>
        names.Select((name, i) => f.Album(firstId + i, name).Id).ToArray();

    private static void AddFiles(PlannerFixture f, long[] albums, string[] titles, long firstId)
    {
        for (var i = 0; i < titles.Length && i < 12; i++)
        {
            f.File(albums[i % albums.Length], firstId + i, titles[i]);
        }
    }

    private static void AssertDistinctAndPortable(IEnumerable<string> names, params string[] appNames)
    {
        var list = names.ToList();
        var keys = list.Concat(appNames).Select(PortablePath.CollisionKey).ToList();
        Assert.Equal(keys.Count, keys.Distinct().Count());
        Assert.All(list, n => Assert.Null(PortablePath.Violation(n)));
    }
}
