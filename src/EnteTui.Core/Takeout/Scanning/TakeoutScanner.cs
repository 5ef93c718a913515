namespace EnteTui.Core.Takeout.Scanning;

/// <summary>
/// Scans a Takeout given as parts (any mix of zip, tgz, tar and extracted folders): resolves the
/// parts, lists each (or takes its cached listing), merges everything into one tree, matches folder
/// by folder, dates every media file and reports problems. Never throws on bad input. A
/// <see cref="ScanProgressTracker"/> given follows the parts as they are read.
/// </summary>
public sealed class TakeoutScanner(ScanOptions options, IListingCache? cache = null, ScanProgressTracker? progress = null)
{
    public TakeoutScanResult Scan(IReadOnlyList<string> paths, CancellationToken cancellationToken = default)
    {
        var (parts, partProblems) = PartResolver.Resolve(paths);
        var (listings, fromCache) = ReadAll(parts, progress?.Begin(parts), cancellationToken);
        progress?.Enter(ScanPhase.Matching);
        var json = new JsonLookup(listings);
        var tree = TakeoutTree.Build(listings);
        var scope = PhotosScope.Detect(tree, json);
        var folderScanner = new FolderScanner(new FolderMatcher(options.EditSuffixes), json);
        var exif = new ExifCollector(listings, options.ReadExif);
        var dates = new MediaDateResolver(options.TimeZone, options.Time);
        var pairs = new List<TakeoutPair>();
        var orphans = new List<TakeoutEntry>();
        var folders = new List<TakeoutFolder>();
        foreach (var folder in tree.Folders)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (scope.Contains(folder))
            {
                var scan = folderScanner.Scan(folder);
                folders.Add(scan.Folder);
                AddPairs(scan, json, exif, dates, pairs);
                orphans.AddRange(scan.Orphans.SelectMany(o => o.Copies));
            }

            // Matched: only the pairs are kept, so the folder's files can go before the next folder.
            folder.Release();
        }

        exif.ReadQueued(pairs, dates, cancellationToken);
        var orderOf = parts.ToDictionary(p => p.Number, p => p.FullPath);
        pairs.Sort((a, b) =>
        {
            var byPath = EntryPathOrder.Compare(a.Media, b.Media);
            return byPath != 0 ? byPath : string.CompareOrdinal(orderOf[a.Media.Part], orderOf[b.Media.Part]);
        });
        orphans.Sort((a, b) =>
        {
            var byPath = EntryPathOrder.Compare(a, b);
            return byPath != 0 ? byPath : a.Part.CompareTo(b.Part);
        });
        var problems = partProblems.Concat(listings.SelectMany(l => l.Problems)).OrderBy(p => p.Part ?? 0).ToList();
        var scanned = parts.Select(p => listings.FirstOrDefault(l => l.Part.Number == p.Number) is { } l
            ? new ScannedPart(p, l.EntryCount, fromCache.Contains(p.Number), l.Damaged)
            : new ScannedPart(p, 0, false)).ToList();
        progress?.Enter(ScanPhase.Done);
        return new TakeoutScanResult(scanned, pairs, orphans, problems, folders, listings);
    }

    private static void AddPairs(FolderScan scan, JsonLookup json, ExifCollector exif, MediaDateResolver dates, List<TakeoutPair> pairs)
    {
        foreach (var match in scan.Media)
        {
            var sidecarData = match.Sidecar is null ? null : json.Primary(match.Sidecar).Sidecar;
            var fileName = match.Media.Copies[0].FileName;
            var date = dates.Resolve(sidecarData, exif.Find(match.Media, sidecarData, out var readFrom), fileName, scan.Folder.FolderDate);
            IReadOnlyList<string> candidates = match.Outcome.Candidates.Count == 0 ? [] : match.Outcome.Candidates.Select(c => scan.Folder.Path + "/" + StoredName(scan, c)).ToList();
            var first = pairs.Count;
            foreach (var copy in match.Media.Copies)
            {
                var sidecar = match.Sidecar is null ? null : match.Sidecar.Copies.FirstOrDefault(c => c.Part == copy.Part) ?? match.Sidecar.Copies[0];
                pairs.Add(new TakeoutPair(copy, sidecar, match.Outcome.Rule, candidates, match.Outcome.Ambiguous, sidecarData, scan.Folder, date));
            }

            if (readFrom is not null)
            {
                exif.Queue(new PendingExif(readFrom, first, pairs.Count - first, sidecarData, fileName, scan.Folder.FolderDate));
            }
        }
    }

    private static string StoredName(FolderScan scan, string nfcName) =>
        scan.Orphans.Concat(scan.Media.Select(m => m.Sidecar).OfType<LogicalFile>()).FirstOrDefault(f => f.Name == nfcName)?.Copies[0].FileName ?? nfcName;

    private (List<PartListing> Listings, HashSet<int> FromCache) ReadAll(IReadOnlyList<TakeoutPart> parts, IReadOnlyList<PartProgress>? perPart, CancellationToken cancellationToken)
    {
        var progressOf = perPart?.ToDictionary(p => p.Part.Number) ?? [];
        foreach (var unreadable in parts.Where(p => !p.IsReadable))
        {
            progressOf.GetValueOrDefault(unreadable.Number)?.Finish(0, fromCache: false);
        }

        var readable = parts.Where(p => p.IsReadable).ToList();
        var results = new PartListing[readable.Count];
        var fromCache = new HashSet<int>();
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = options.Parallelism, CancellationToken = cancellationToken };
        Parallel.For(0, readable.Count, parallel, i =>
        {
            var part = readable[i];
            var partProgress = progressOf.GetValueOrDefault(part.Number) ?? new PartProgress(part);
            partProgress.Start();
            var cached = part.Kind == PartKind.Folder ? null : TryCached(part);
            if (cached is not null && (cached.HasDates || !options.ReadExif))
            {
                cached.Part = part;
                lock (fromCache)
                {
                    fromCache.Add(part.Number);
                }

                results[i] = cached;
                partProgress.Finish(cached.EntryCount, fromCache: true);
                return;
            }

            results[i] = PartReader.Read(part, captureDates: options.ReadExif, cancellationToken, partProgress);
            partProgress.Finish(results[i].EntryCount, fromCache: false);
            if (part.Kind != PartKind.Folder && !results[i].Damaged)
            {
                TryStore(results[i]);
            }
        });

        return (results.ToList(), fromCache);
    }

    // The cache only saves time: a full disk or a damaged cache file must not stop a scan.
    private PartListing? TryCached(TakeoutPart part)
    {
        try
        {
            return cache?.TryGet(part);
        }
        catch (Exception ex) when (ex is IOException or LiteDB.LiteException or System.Text.Json.JsonException or InvalidDataException)
        {
            return null;
        }
    }

    private void TryStore(PartListing listing)
    {
        try
        {
            cache?.Put(listing);
        }
        catch (Exception ex) when (ex is IOException or LiteDB.LiteException)
        {
            // Not cached: the next scan reads this part again.
        }
    }
}
