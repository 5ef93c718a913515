namespace EnteTui.Core.Export;

/// <summary>Checks files on disk against a row's content hash (BLAKE2b-512, `image:video` for live photos), or size when there is no hash.</summary>
public static class ContentCheck
{
    public static async Task<bool> MatchesAsync(LibraryFile row, IReadOnlyList<string> paths, CancellationToken cancellationToken)
    {
        if (!paths.All(File.Exists))
        {
            return false;
        }

        if (string.IsNullOrEmpty(row.Hash))
        {
            return !row.IsLivePhoto && (row.PlainSize < 0 || new FileInfo(paths[0]).Length == row.PlainSize);
        }

        var expected = row.IsLivePhoto ? row.Hash.Split(':') : [row.Hash];
        if (expected.Length != paths.Count)
        {
            return false;
        }

        for (var i = 0; i < paths.Count; i++)
        {
            await using var stream = new FileStream(paths[i], FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 20);
            if (await ContentHash.ComputeAsync(stream, cancellationToken) != expected[i])
            {
                return false;
            }
        }

        return true;
    }
}
