using System.Globalization;
using System.Xml;
using System.Xml.Linq;

namespace EnteTui.LocalServer.Storage;

/// <summary>Parses S3's `&lt;CompleteMultipartUpload&gt;` body into parts sorted by part number.</summary>
internal static class CompleteMultipartBody
{
    public static async Task<List<(int PartNumber, string ETag)>?> ReadAsync(Stream body, CancellationToken cancellationToken)
    {
        XDocument document;
        try
        {
            document = await XDocument.LoadAsync(body, LoadOptions.None, cancellationToken);
        }
        catch (XmlException)
        {
            return null;
        }

        var parts = new List<(int PartNumber, string ETag)>();
        foreach (var part in document.Descendants().Where(e => e.Name.LocalName == "Part"))
        {
            var number = part.Elements().FirstOrDefault(e => e.Name.LocalName == "PartNumber")?.Value;
            var etag = part.Elements().FirstOrDefault(e => e.Name.LocalName == "ETag")?.Value;
            if (!int.TryParse(number, NumberStyles.None, CultureInfo.InvariantCulture, out var partNumber) || etag is null)
            {
                return null;
            }

            parts.Add((partNumber, etag.Trim()));
        }

        var sorted = parts.OrderBy(p => p.PartNumber).ToList();
        return sorted.Count == 0 || sorted.Select(p => p.PartNumber).Distinct().Count() != sorted.Count ? null : sorted;
    }
}
