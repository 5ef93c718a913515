using EnteTui.Core.Export;
using EnteTui.Core.Sync;

namespace EnteTui.Core.Tests.Export;

/// <summary>An in-memory library and export state on a temp export root, for planner tests.</summary>
internal sealed class PlannerFixture : IDisposable
{
    public const long UserId = 1;

    public string Root { get; } = Directory.CreateTempSubdirectory("ente-plan-").FullName;

    public List<LibraryCollection> Collections { get; } = [];

    public List<LibraryFile> Files { get; } = [];

    public Dictionary<long, ExportedAlbum> Albums { get; } = [];

    public List<ExportedItem> Items { get; } = [];

    public ExportOptions Options { get; set; }

    public PlannerFixture() => Options = new ExportOptions { Root = Root };

    public LibraryCollection Album(long id, string name, int visibility = 0, int subType = 0)
    {
        var collection = new LibraryCollection { Id = id, Name = name, OwnerId = UserId, Visibility = visibility, SubType = subType, UpdationTime = 1 };
        Collections.Add(collection);
        return collection;
    }

    public LibraryFile File(long collectionId, long fileId, string title, int type = LibraryFile.Image, string? hash = null, long encryptedSize = 117)
    {
        var row = new LibraryFile
        {
            Id = LibraryFile.KeyOf(collectionId, fileId),
            FileId = fileId,
            CollectionId = collectionId,
            OwnerId = UserId,
            Title = title,
            FileType = type,
            Hash = hash ?? $"hash-{fileId}",
            EncryptedSize = encryptedSize,
            CreationTime = 1_700_000_000_000_000,
        };
        Files.Add(row);
        return row;
    }

    public ExportPlan Plan()
    {
        var inputs = new ExportInputs(
            Collections,
            AlbumSelector.Select(Collections, Options),
            id => Files.Where(f => f.CollectionId == id).ToList(),
            new HashSet<long>(),
            Albums,
            Items.ToLookup(i => i.CollectionId));
        return new ExportPlanner(Options, UserId, new DiskSnapshot(Root, Options.MetaDir)).Plan(inputs);
    }

    /// <summary>Pretends the plan ran: writes fake media of the planned sizes and records state.</summary>
    public void Apply(ExportPlan plan)
    {
        foreach (var step in plan.AlbumSteps)
        {
            if (step.IsRename)
            {
                Directory.Move(Path.Combine(Root, step.FromFolder!), Path.Combine(Root, step.Folder));
            }

            Directory.CreateDirectory(Path.Combine(Root, step.Folder, Options.MetaDir));
            System.IO.File.WriteAllBytes(Path.Combine(Root, step.Folder, Options.MetaDir, AlbumMetaWriter.FileName), step.AlbumMeta);
            Albums[step.CollectionId] = step.Record;
        }

        foreach (var removal in plan.Removals)
        {
            removal.Item.Names.ForEach(n => System.IO.File.Delete(Path.Combine(Root, removal.Folder, n)));
            Items.RemoveAll(i => i.Id == removal.Item.Id);
        }

        foreach (var rename in plan.Renames)
        {
            for (var i = 0; i < rename.FromNames.Count; i++)
            {
                System.IO.File.Move(Path.Combine(Root, rename.Folder, rename.FromNames[i]), Path.Combine(Root, rename.Folder, rename.Placement.Names[i]));
            }

            Record(rename.Placement);
        }

        plan.SidecarWrites.ForEach(Record);
        foreach (var placement in plan.ContentPlacements)
        {
            foreach (var name in placement.Names)
            {
                System.IO.File.WriteAllBytes(Path.Combine(Root, placement.Folder, name), new byte[placement.Row.PlainSize]);
            }

            Record(placement);
        }
    }

    public void Dispose() => Directory.Delete(Root, recursive: true);

    private void Record(Placement placement)
    {
        var bytes = Sidecars.For(placement.Row, placement.Names);
        foreach (var name in placement.Names)
        {
            System.IO.File.WriteAllBytes(Path.Combine(Root, placement.Folder, Options.MetaDir, Sidecars.NameFor(name)), bytes);
        }

        Items.RemoveAll(i => i.Id == placement.Row.Id);
        Items.Add(new ExportedItem
        {
            Id = placement.Row.Id,
            CollectionId = placement.Row.CollectionId,
            FileId = placement.Row.FileId,
            Names = placement.Names.ToList(),
            Sizes = placement.Names.Select(_ => placement.Row.PlainSize).ToList(),
            TitleSource = placement.Row.EffectiveName,
            Hash = placement.Row.Hash,
            EncryptedSize = placement.Row.EncryptedSize,
            SidecarFingerprint = Sidecars.Fingerprint(Options.MetaDir, bytes),
        });
    }
}
