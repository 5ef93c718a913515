namespace EnteTui.Core.Export;

/// <summary>Writes media files into album folders: download + decrypt, copy or hard link, then sidecars and state.</summary>
internal sealed class MediaWriter(ExportContext ctx)
{
    public async Task<IReadOnlyList<string>> DownloadAsync(Placement placement, CancellationToken cancellationToken)
    {
        var row = placement.Row;
        var key = ctx.Keys.FileKey(row, ctx.Keys.CollectionKey(ctx.Collections[row.CollectionId]));
        var header = EnteBase64.Decode(row.FileDecryptionHeader);
        var dir = Path.Combine(ctx.Root, placement.Folder);
        Directory.CreateDirectory(dir);
        var temp = Path.Combine(dir, LeftoverFiles.NewTempName(row.FileId));
        ctx.Progress.Started(row.FileId, placement.Album, placement.Names[0], row.EncryptedSize);
        try
        {
            long written;
            var options = new FileStreamOptions
            {
                Mode = FileMode.CreateNew,
                Access = FileAccess.Write,
                Share = FileShare.None,
                BufferSize = 0,
                PreallocationSize = Math.Max(0, row.PlainSize),
            };
            var download = await ctx.Api.DownloadFileAsync(row.FileId, cancellationToken);
            await using (var input = new ProgressStream(ctx.Bandwidth?.Wrap(download) ?? download, n => ctx.Progress.AddBytes(row.FileId, n)))
            await using (var output = OpenTemp(temp, options))
            {
                written = await FileCipher.DecryptAsync(input, output, header, key, cancellationToken);
                output.SetLength(written);
                output.Flush(flushToDisk: true);
            }

            var names = row.IsLivePhoto ? PlaceLivePhoto(temp, dir, placement) : Place(temp, dir, placement.Names[0]);
            ctx.Counters.AddDownloaded(written);
            return names;
        }
        finally
        {
            AtomicFile.TryDelete(temp);
            ctx.Progress.Finished(row.FileId);
        }
    }

    public async Task<IReadOnlyList<string>> MaterializeAsync(string[] source, Placement placement, CancellationToken cancellationToken)
    {
        var dir = Path.Combine(ctx.Root, placement.Folder);
        Directory.CreateDirectory(dir);
        var names = new List<string>();
        var linked = true;
        for (var i = 0; i < source.Length; i++)
        {
            var name = placement.Row.IsLivePhoto ? WithExtension(dir, placement.Names[i], Path.GetExtension(source[i])) : placement.Names[0];
            var temp = Path.Combine(dir, LeftoverFiles.NewTempName(placement.Row.FileId));
            try
            {
                if (ctx.Options.Link != LinkMode.Hardlink || !HardLink.TryCreate(source[i], temp))
                {
                    linked = false;
                    await using (var input = new FileStream(source[i], FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 20, useAsync: true))
                    await using (var output = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 20, useAsync: true))
                    {
                        await input.CopyToAsync(output, cancellationToken);
                        output.Flush(flushToDisk: true);
                    }
                }

                File.Move(temp, Path.Combine(dir, name), overwrite: true);
                names.Add(name);
            }
            finally
            {
                AtomicFile.TryDelete(temp);
            }
        }

        if (linked)
        {
            ctx.Counters.AddLinked();
        }
        else
        {
            ctx.Counters.AddCopied();
        }

        return names;
    }

    /// <summary>Sidecars (atomic), optional capture-time mtime, then the state record (batched).</summary>
    public void Finish(Placement placement, IReadOnlyList<string> names)
    {
        var row = placement.Row;
        var bytes = Sidecars.For(row, names);
        var xmp = ctx.Options.Xmp ? Sidecars.XmpFor(row) : null;
        foreach (var name in names)
        {
            AtomicFile.WriteAllBytes(ctx.SidecarPathOf(placement.Folder, name), bytes, row.FileId);
            ctx.Counters.AddSidecar();
            if (xmp is not null)
            {
                AtomicFile.WriteAllBytes(ctx.XmpPathOf(placement.Folder, name), xmp, row.FileId);
                ctx.Counters.AddSidecar();
            }
            else if (placement.HadXmp)
            {
                AtomicFile.TryDelete(ctx.XmpPathOf(placement.Folder, name));
            }
        }

        var paths = names.Select(n => ctx.PathOf(placement.Folder, n)).ToList();
        if (ctx.Options.SetMtime)
        {
            var micros = row.EffectiveTime;
            if (micros / 1000 is var ms && ms > -62_135_596_800_000 && ms < 253_402_300_799_000)
            {
                paths.ForEach(p => File.SetLastWriteTimeUtc(p, DateTimeOffset.FromUnixTimeMilliseconds(ms).UtcDateTime));
            }
        }

        ctx.State.Add(new StateChange.PutItem(new ExportedItem
        {
            Id = Sync.LibraryFile.KeyOf(row.CollectionId, row.FileId),
            CollectionId = row.CollectionId,
            FileId = row.FileId,
            Names = names.ToList(),
            Sizes = paths.Select(p => new FileInfo(p).Length).ToList(),
            TitleSource = row.EffectiveName,
            Hash = row.Hash,
            EncryptedSize = row.EncryptedSize,
            SidecarFingerprint = Sidecars.Fingerprint(ctx.Options.MetaDir, bytes, xmp),
            Xmp = xmp is not null,
        }));
    }

    private static List<string> Place(string temp, string dir, string name)
    {
        File.Move(temp, Path.Combine(dir, name), overwrite: true);
        return [name];
    }

    private static List<string> PlaceLivePhoto(string zip, string dir, Placement placement)
    {
        var parts = LivePhotoParts.Extract(zip, dir, placement.Row.FileId);
        try
        {
            var names = new List<string>();
            for (var i = 0; i < parts.Count; i++)
            {
                var name = WithExtension(dir, placement.Names[i], parts[i].Extension);
                File.Move(parts[i].Temp, Path.Combine(dir, name), overwrite: true);
                names.Add(name);
            }

            return names;
        }
        finally
        {
            foreach (var part in parts)
            {
                AtomicFile.TryDelete(part.Temp);
            }
        }
    }

    /// <summary>`&lt;planned stem&gt;&lt;part extension&gt;`, unless that would take over an unrelated file.</summary>
    private static string WithExtension(string dir, string planned, string extension)
    {
        if (extension.Length == 0)
        {
            return planned;
        }

        var candidate = PortableName.Split(planned).Base + extension;
        return candidate == planned || string.Equals(candidate, planned, StringComparison.OrdinalIgnoreCase) || !File.Exists(Path.Combine(dir, candidate))
            ? candidate
            : planned;
    }

    /// <summary>
    /// .NET reports a failed preallocation (no room for the declared size) as a plain IOException
    /// without ENOSPC in its HResult; the free space tells it apart from other errors.
    /// </summary>
    private static FileStream OpenTemp(string path, FileStreamOptions options)
    {
        try
        {
            return new FileStream(path, options);
        }
        catch (IOException e) when (!AtomicFile.IsDiskFull(e) && options.PreallocationSize > 0 && FreeBytes(path) < options.PreallocationSize)
        {
            throw new DiskFullException(e);
        }
    }

    private static long FreeBytes(string path)
    {
        try
        {
            return new DriveInfo(Path.GetDirectoryName(path)!).AvailableFreeSpace;
        }
        catch (Exception e) when (e is IOException or ArgumentException or UnauthorizedAccessException)
        {
            return long.MaxValue;
        }
    }
}
