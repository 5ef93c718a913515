using XmpCore;
using XmpCore.Options;

namespace EnteTui.Core.Export;

/// <summary>
/// Writes the XMP sidecar darktable, digiKam and Immich read beside a media file:
/// `exif:DateTimeOriginal` (ISO 8601 with the UTC offset), `exif:GPSLatitude`/`GPSLongitude`,
/// `dc:title` and `dc:description` (x-default language alternatives). Byte-stable for equal input,
/// so a fingerprint of the bytes tells whether a rewrite is needed.
/// </summary>
public static class XmpSidecarWriter
{
    public static byte[] Serialize(XmpContent content)
    {
        var meta = XmpMetaFactory.Create();
        meta.SetLocalizedText(XmpConstants.NsDC, "title", "", XmpConstants.XDefault, content.Title);
        if (!string.IsNullOrEmpty(content.Description))
        {
            meta.SetLocalizedText(XmpConstants.NsDC, "description", "", XmpConstants.XDefault, content.Description);
        }

        if (content.Taken is { } taken)
        {
            var iso = taken.Offset == TimeSpan.Zero
                ? taken.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture)
                : taken.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);
            // Set as text: XmpCore's date type drops a non-zero offset and zero seconds when it serializes.
            meta.SetProperty(XmpConstants.NsExif, "DateTimeOriginal", iso);
        }

        if (content.Latitude is { } latitude && content.Longitude is { } longitude)
        {
            meta.SetProperty(XmpConstants.NsExif, "GPSLatitude", XmpCoordinate.Latitude(latitude));
            meta.SetProperty(XmpConstants.NsExif, "GPSLongitude", XmpCoordinate.Longitude(longitude));
        }

        return XmpMetaFactory.SerializeToBuffer(meta, new SerializeOptions { OmitPacketWrapper = true, UseCompactFormat = true });
    }
}
