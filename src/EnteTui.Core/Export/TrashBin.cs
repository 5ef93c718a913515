namespace EnteTui.Core.Export;

/// <summary>
/// `&lt;root&gt;/.trash/&lt;yyyy-MM-dd&gt;/&lt;album folder&gt;/…`: where <c>--deletions trash</c> moves
/// removed files (with their sidecars); day folders older than <c>--trash-days</c> are pruned.
/// </summary>
public sealed class TrashBin(string root, string metaDir, DateTimeOffset now)
{
    private const string DayFormat = "yyyy-MM-dd";

    private string Day => Path.Combine(root, ExportPlanner.TrashFolder, now.UtcDateTime.ToString(DayFormat, CultureInfo.InvariantCulture));

    public void Move(string folder, string name, bool xmp = false)
    {
        var source = Path.Combine(root, folder, name);
        if (!File.Exists(source))
        {
            return;
        }

        var targetDir = Path.Combine(Day, folder);
        Directory.CreateDirectory(targetDir);
        var taken = new NameAllocator(Directory.EnumerateFileSystemEntries(targetDir).Select(Path.GetFileName).OfType<string>());
        var target = taken.Allocate(name);
        File.Move(source, Path.Combine(targetDir, target));
        var sidecar = Path.Combine(root, folder, metaDir, Sidecars.NameFor(name));
        if (File.Exists(sidecar))
        {
            Directory.CreateDirectory(Path.Combine(targetDir, metaDir));
            File.Move(sidecar, Path.Combine(targetDir, metaDir, Sidecars.NameFor(target)), overwrite: true);
        }

        var xmpSidecar = Path.Combine(root, folder, Sidecars.XmpNameFor(name));
        if (xmp && File.Exists(xmpSidecar))
        {
            File.Move(xmpSidecar, Path.Combine(targetDir, Sidecars.XmpNameFor(target)), overwrite: true);
        }
    }

    public int Prune(int days)
    {
        var dir = Path.Combine(root, ExportPlanner.TrashFolder);
        if (!Directory.Exists(dir))
        {
            return 0;
        }

        var pruned = 0;
        foreach (var day in Directory.EnumerateDirectories(dir))
        {
            if (DateTime.TryParseExact(Path.GetFileName(day), DayFormat, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var date)
                && date < now.UtcDateTime.Date.AddDays(-days))
            {
                Directory.Delete(day, recursive: true);
                pruned++;
            }
        }

        return pruned;
    }
}
