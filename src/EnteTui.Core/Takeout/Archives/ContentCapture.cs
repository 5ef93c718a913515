namespace EnteTui.Core.Takeout.Archives;

/// <summary>
/// Reads what the scan needs from an entry's bytes: every JSON file is parsed (bounded size), and
/// in a sequential pass (tar) media heads are read for their EXIF date, since going back is costly.
/// </summary>
internal sealed class ContentCapture(bool captureDates)
{
    public static bool IsJson(string path) => path.EndsWith(".json", StringComparison.OrdinalIgnoreCase);

    public static bool HasDateMetadata(string path)
    {
        var kind = MediaTypes.Classify(MediaName.Parse(path[(path.LastIndexOf('/') + 1)..]));
        return kind is MediaKind.Image or MediaKind.Video;
    }

    /// <summary>What <see cref="Capture"/> reads of this entry (its name is classified once, here).</summary>
    public CaptureKind KindOf(TakeoutEntry entry) =>
        IsJson(entry.FileName) ? CaptureKind.Json : captureDates && HasDateMetadata(entry.FileName) ? CaptureKind.Dates : CaptureKind.None;

    public static void Capture(PartListing listing, TakeoutEntry entry, CaptureKind kind, Func<Stream> open)
    {
        if (kind == CaptureKind.Json)
        {
            listing.Json[entry.Ordinal] = ReadJson(listing, entry, open);
        }
        else if (kind == CaptureKind.Dates)
        {
            try
            {
                using var stream = open();
                if (MediaFactsReader.ReadHead(stream).CaptureDate is { } exif)
                {
                    listing.ExifDates[entry.Ordinal] = exif;
                }
            }
            catch (Exception ex) when (ex is IOException or InvalidDataException or SharpCompress.Common.SharpCompressException)
            {
                listing.Problem(entry.Path, $"could not read the media file: {ex.Message}");
            }
        }
    }

    private static ParsedJson ReadJson(PartListing listing, TakeoutEntry entry, Func<Stream> open)
    {
        ParsedJson parsed;
        if (entry.Size > SidecarParser.MaximumBytes)
        {
            parsed = ParsedJson.Malformed($"JSON file too large ({entry.Size} bytes): not read");
        }
        else
        {
            try
            {
                using var stream = open();
                var bytes = BoundedRead.ReadAll(stream, SidecarParser.MaximumBytes, entry.Size);
                parsed = bytes is null ? ParsedJson.Malformed("JSON file too large: not read") : SidecarParser.Parse(bytes);
            }
            catch (Exception ex) when (ex is IOException or InvalidDataException or NotSupportedException or SharpCompress.Common.SharpCompressException)
            {
                parsed = ParsedJson.Malformed($"could not read the JSON file: {ex.Message}");
            }
        }

        if (parsed.Error is { } error)
        {
            listing.Problem(entry.Path, error);
        }

        return parsed;
    }
}
