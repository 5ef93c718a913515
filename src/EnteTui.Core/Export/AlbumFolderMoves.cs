namespace EnteTui.Core.Export;

/// <summary>
/// Renames album folders in two phases through `&lt;root&gt;/.ente-tui/renaming/&lt;albumID&gt;` so swaps
/// (A→B, B→A) and renames onto a folder vacated in the same run never collide. A journal of the moves
/// is written first and deleted only after the new folder names are committed to the state; a run
/// killed at any point finds the journal on the next start and rolls the moves forward.
/// </summary>
public static class AlbumFolderMoves
{
    public static string StagingDir(string root) => Path.Combine(root, ExportPlanner.LockFolder, "renaming");

    public static string JournalPath(string root) => Path.Combine(StagingDir(root), "journal.json");

    /// <summary>Moves every folder, then hands the records to <paramref name="commit"/>, then drops the journal.</summary>
    public static void Apply(string root, string metaDir, IReadOnlyList<AlbumFolderMove> moves, Action<IReadOnlyList<ExportedAlbum>> commit, ILogger logger)
    {
        if (moves.Count == 0)
        {
            return;
        }

        AtomicFile.WriteAllBytes(JournalPath(root), JsonSerializer.SerializeToUtf8Bytes(moves));
        RollForward(root, metaDir, moves, commit, logger);
    }

    /// <summary>Finishes the moves of a run that was killed while renaming; returns how many albums it finished.</summary>
    public static int Recover(string root, string metaDir, Action<IReadOnlyList<ExportedAlbum>> commit, ILogger logger)
    {
        var journal = JournalPath(root);
        if (!File.Exists(journal))
        {
            return 0;
        }

        var moves = JsonSerializer.Deserialize<List<AlbumFolderMove>>(File.ReadAllBytes(journal)) ?? [];
        logger.LogInformation("Finishing {Count} album folder renames an interrupted run left", moves.Count);
        RollForward(root, metaDir, moves, commit, logger);
        return moves.Count;
    }

    private static void RollForward(string root, string metaDir, IReadOnlyList<AlbumFolderMove> moves, Action<IReadOnlyList<ExportedAlbum>> commit, ILogger logger)
    {
        var disk = new DiskSnapshot(root, metaDir);
        foreach (var move in moves)
        {
            var staged = Staged(root, move);
            var from = Path.Combine(root, move.From);
            if (!Directory.Exists(staged) && Directory.Exists(from) && disk.AlbumIdOf(move.To) != move.Id && BelongsTo(disk, move))
            {
                Directory.CreateDirectory(StagingDir(root));
                Directory.Move(from, staged);
            }
        }

        foreach (var move in moves)
        {
            var to = Path.Combine(root, move.To);
            var staged = Staged(root, move);
            if (Directory.Exists(staged))
            {
                if (Directory.Exists(to) && !disk.HoldsNoFiles(move.To))
                {
                    logger.LogWarning("Album folder {Folder} is in use; album {Id} stays in {Staged}", move.To, move.Id, staged);
                    continue;
                }

                if (Directory.Exists(to))
                {
                    Directory.Delete(to, recursive: true);
                }

                Directory.Move(staged, to);
            }

            // Also after a kill between the move and this write: the folder still names the old album.
            if (disk.AlbumIdOf(move.To) == move.Id)
            {
                AtomicFile.WriteAllBytes(Path.Combine(to, metaDir, AlbumMetaWriter.FileName), move.AlbumMeta);
            }
        }

        commit(moves.Select(m => m.Record).ToList());
        File.Delete(JournalPath(root));
    }

    /// <summary>The folder at From is this album's unless its album_meta.json names another album (one that moved in).</summary>
    private static bool BelongsTo(DiskSnapshot disk, AlbumFolderMove move) => disk.AlbumIdOf(move.From) is not { } id || id == move.Id;

    private static string Staged(string root, AlbumFolderMove move) => Path.Combine(StagingDir(root), move.Id.ToString(System.Globalization.CultureInfo.InvariantCulture));
}
