using EnteTui.Core.Takeout.Archives;
using EnteTui.Core.Takeout.Dates;
using EnteTui.Core.Takeout.Matching;

namespace EnteTui.Core.Takeout.Scanning;

/// <summary>
/// Scans a Takeout given as parts (any mix of zip, tgz, tar and extracted folders): resolves the
/// parts, lists each (or takes its cached listing), merges everything into one tree, matches folder
/// by folder, dates every media file and reports problems. Never throws on bad input.
/// </summary>
public sealed class TakeoutScanner(ScanOptions options, IListingCache? cache = null)
{
    public TakeoutScanResult Scan(IReadOnlyList<string> paths, CancellationToken cancellationToken = default)
    {
        var (parts, partProblems) = PartResolver.Resolve(paths);
        var (listings, fromCache) = ReadAll(parts, cancellationToken);
        var json = new JsonLookup(listings);
        var tree = TakeoutTree.Build(listings);
        var scope = PhotosScope.Detect(tree, json);
        var folderScanner = new FolderScanner(new FolderMatcher(options.EditSuffixes), json);
        var scans = tree.Folders.Where(scope.Contains).Select(folderScanner.Scan).ToList();

        var exif = options.ReadExif ? ExifCollector.Collect(scans, json, listings, cancellationToken) : [];
        var dates = new MediaDateResolver(options.TimeZone);
        var pairs = new List<TakeoutPair>();
        foreach (var scan in scans)
        {
            foreach (var match in scan.Media)
            {
                var sidecarData = match.Sidecar is null ? null : json.Primary(match.Sidecar).Sidecar;
                var date = dates.Resolve(sidecarData, exif.GetValueOrDefault(match.Media), match.Media.Copies[0].FileName, scan.Folder.FolderDate);
                var candidates = match.Outcome.Candidates.Select(c => scan.Folder.Path + "/" + StoredName(scan, c)).ToList();
                foreach (var copy in match.Media.Copies)
                {
                    var sidecar = match.Sidecar is null ? null : match.Sidecar.Copies.FirstOrDefault(c => c.Part == copy.Part) ?? match.Sidecar.Copies[0];
                    pairs.Add(new TakeoutPair(copy, sidecar, match.Outcome.Rule, candidates, match.Outcome.Ambiguous, sidecarData, scan.Folder, date));
                }
            }
        }

        var orderOf = parts.ToDictionary(p => p.Number, p => p.FullPath);
        pairs.Sort((a, b) =>
        {
            var byPath = string.CompareOrdinal(a.Media.Path, b.Media.Path);
            return byPath != 0 ? byPath : string.CompareOrdinal(orderOf[a.Media.Part], orderOf[b.Media.Part]);
        });
        var orphans = scans.SelectMany(s => s.Orphans).SelectMany(o => o.Copies).OrderBy(e => e.Path, StringComparer.Ordinal).ThenBy(e => e.Part).ToList();
        var problems = partProblems.Concat(listings.SelectMany(l => l.Problems)).OrderBy(p => p.Part ?? 0).ToList();
        var scanned = parts.Select(p => listings.FirstOrDefault(l => l.Part.Number == p.Number) is { } l
            ? new ScannedPart(p, l.EntryCount, fromCache.Contains(p.Number), l.Damaged)
            : new ScannedPart(p, 0, false)).ToList();
        return new TakeoutScanResult(scanned, pairs, orphans, problems, scans.Select(s => s.Folder).ToList(), listings);
    }

    private static string StoredName(FolderScan scan, string nfcName) =>
        scan.Orphans.Concat(scan.Media.Select(m => m.Sidecar).OfType<LogicalFile>()).FirstOrDefault(f => f.Name == nfcName)?.Copies[0].FileName ?? nfcName;

    private (List<PartListing> Listings, HashSet<int> FromCache) ReadAll(IReadOnlyList<TakeoutPart> parts, CancellationToken cancellationToken)
    {
        var readable = parts.Where(p => p.IsReadable).ToList();
        var results = new PartListing[readable.Count];
        var fromCache = new HashSet<int>();
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = options.Parallelism, CancellationToken = cancellationToken };
        Parallel.For(0, readable.Count, parallel, i =>
        {
            var part = readable[i];
            var cached = part.Kind == PartKind.Folder ? null : TryCached(part);
            if (cached is not null && (cached.HasDates || !options.ReadExif))
            {
                cached.Part = part;
                lock (fromCache)
                {
                    fromCache.Add(part.Number);
                }

                results[i] = cached;
                return;
            }

            results[i] = PartReader.Read(part, captureDates: options.ReadExif, cancellationToken);
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
