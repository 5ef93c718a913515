using EnteTui.Core.Takeout.Archives;
using EnteTui.Core.Takeout.Dates;
using EnteTui.Core.Takeout.Scanning;
using EnteTui.Tui.Screens.ExportProgress;
using EnteTui.Tui.Screens.TakeoutWizard;

namespace EnteTui.Tests.Tui.Fakes;

/// <summary>A scripted Takeout backend: one report with three unmatched files, resolutions and the session in memory.</summary>
public sealed class FakeTakeout : ITakeoutBackend
{
    private static readonly DateTimeOffset July = new(2019, 7, 14, 10, 21, 0, TimeSpan.Zero);

    public Dictionary<string, Resolution> Saved { get; } = [];

    public WizardSession? Session { get; set; }

    public List<IReadOnlyList<string>> Scans { get; } = [];

    public List<(ImportRequest Request, FakeRun Run)> Imports { get; } = [];

    public TaskCompletionSource<TakeoutReport>? Holding { get; set; }

    /// <summary>The 0-based index of a part the scan finds truncated or corrupt (null: none).</summary>
    public int? DamagedPart { get; set; }

    /// <summary>Unmatched files the scan reports after the usual three.</summary>
    public List<UnmatchedMedia> MoreUnmatched { get; } = [];

    /// <summary>What the running scan reports (null: nothing read yet).</summary>
    public ScanProgress? Progress { get; set; }

    /// <summary>Whether the upload runs it starts can pause (the real import cannot).</summary>
    public bool UploadsPause { get; set; } = true;

    public static TakeoutReport Report(IReadOnlyList<string> parts) => new(
        "key-" + string.Join('|', parts),
        parts.Select((p, i) => new PartSummary(i + 1, p, "zip", 40 + i, 10 + i, 12, i == 0 ? 2 : 1, i)).ToList(),
        21,
        new Dictionary<string, long> { ["exact"] = 12, ["supplemental-truncated"] = 4, ["edited-borrow"] = 2, ["none"] = 3 },
        [
            new UnmatchedMedia("Takeout/Google Photos/Photos from 2019/IMG_1234(1).JPG", 1,
                [new SidecarCandidate("Takeout/Google Photos/Photos from 2019/IMG_1234.JPG.supplemental-metadata(1).json", 2, July, "Paris, France", "IMG_1234(1).JPG"),
                 new SidecarCandidate("Takeout/Google Photos/Photos from 2019/IMG_1234.JPG.supplemental-metadata.json", 1, July.AddMinutes(-5), null, "IMG_1234.JPG")],
                new ResolvedDate(July.AddMinutes(1), DateSource.Exif)),
            new UnmatchedMedia("Takeout/Google Photos/Photos from 2019/PXL_20190801_120000.jpg", 1, [], new ResolvedDate(new DateTimeOffset(2019, 8, 1, 12, 0, 0, TimeSpan.Zero), DateSource.FileName)),
            new UnmatchedMedia("Takeout/Google Photos/Trip to Zürich/DSC_0001.JPG", 2,
                [new SidecarCandidate("Takeout/Google Photos/Trip to Zürich/DSC_0001.JPG.json", 1, July.AddDays(3), "Zürich, Switzerland", null)],
                ResolvedDate.None),
        ],
        ["Takeout/Google Photos/orphan.json"],
        [new TakeoutProblem(2, "Takeout/Google Photos/bad.json", "malformed JSON")],
        ["Trip to Zürich", "Family"]);

    public ITakeoutScan StartScan(IReadOnlyList<string> parts)
    {
        Scans.Add(parts);
        var report = Report(parts);
        report = report with
        {
            Unmatched = [.. report.Unmatched, .. MoreUnmatched],
            Parts = [.. report.Parts.Select((p, i) => p with { Damaged = i == DamagedPart })],
        };
        return new Scan(Holding?.Task ?? Task.FromResult(report), parts.Count, () => Progress);
    }

    public Task<IReadOnlyList<SidecarCandidate>> SearchSidecarsAsync(TakeoutReport report, string query, CancellationToken cancellationToken)
    {
        IReadOnlyList<SidecarCandidate> all =
        [
            new("Takeout/Google Photos/Family/photo.jpg.json", 1, July, null, "photo.jpg"),
            new("Takeout/Google Photos/Photos from 2019/PXL_20190801_120000.jpg.supplemental-meta.json", 2, July.AddDays(18), "Bern", null),
        ];
        return Task.FromResult<IReadOnlyList<SidecarCandidate>>(all.Where(c => c.Path.Contains(query, StringComparison.OrdinalIgnoreCase)).ToList());
    }

    public IReadOnlyDictionary<string, Resolution> LoadResolutions(TakeoutReport report) => Saved.ToDictionary();

    public void SaveResolution(TakeoutReport report, string mediaPath, Resolution? resolution)
    {
        if (resolution is null)
        {
            Saved.Remove(mediaPath);
        }
        else
        {
            Saved[mediaPath] = resolution;
        }
    }

    public ITransferRun StartImport(ImportRequest request)
    {
        var run = new FakeRun(request.Report.Albums, 5, 2_000_000, supportsContinuous: false) { SupportsPause = UploadsPause };
        Imports.Add((request, run));
        return run;
    }

    public WizardSession? LoadSession() => Session;

    public void SaveSession(WizardSession session) => Session = session;

    private sealed class Scan(Task<TakeoutReport> completion, int parts, Func<ScanProgress?> progress) : ITakeoutScan
    {
        public Task<TakeoutReport> Completion => completion;

        public bool Cancelled { get; private set; }

        public ScanProgress Snapshot() => progress() ?? ScanProgress.Starting(parts);

        public void Cancel() => Cancelled = true;
    }
}
