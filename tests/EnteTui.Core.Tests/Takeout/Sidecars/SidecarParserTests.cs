using System.Text;

using EnteTui.Core.Takeout.Sidecars;

namespace EnteTui.Core.Tests.Takeout.Sidecars;

/// <summary>Lenient parsing of the sidecar schema (takeout-notes §2).</summary>
public class SidecarParserTests
{
    /// <summary>Google's current album file: title, description, access, date, location, a zero geoData and enrichments.</summary>
    private const string GoogleAlbumFile = """
        {
          "title": "Road trip 2023",
          "description": "Lyon to Rome",
          "access": "protected",
          "date": {"timestamp": "1695394176", "formatted": "22 sept. 2023, 15:45:25 UTC"},
          "location": "Lyon",
          "geoData": {"latitude": 0.0, "longitude": 0.0, "altitude": 0.0, "latitudeSpan": 0.0, "longitudeSpan": 0.0},
          "enrichments": [{"narrativeEnrichment": {"text": "Day one"}}, {"locationEnrichment": {"location": [{"name": "Lyon", "latitudeE7": 457640000, "longitudeE7": 48357000}]}}]
        }
        """;

    private static ParsedJson Parse(string json) => SidecarParser.Parse(Encoding.UTF8.GetBytes(json));

    [Fact]
    public void A_full_sidecar_is_read()
    {
        var parsed = Parse("""
            {"title":"IMG_1.jpg","description":"At the beach","imageViews":"12",
             "creationTime":{"timestamp":"1700000000","formatted":"x"},
             "photoTakenTime":{"timestamp":"1695394176","formatted":"22 sept. 2023, 15:45:25 UTC"},
             "geoData":{"latitude":45.5,"longitude":9.25,"altitude":120.0,"latitudeSpan":0.0,"longitudeSpan":0.0},
             "geoDataExif":{"latitude":45.4,"longitude":9.2,"altitude":0.0},
             "people":[{"name":"Ann"},{"name":"Bob"}],"url":"https://photos.google.com/photo/AF1",
             "googlePhotosOrigin":{"fromPartnerSharing":{}},"favorited":true,"archived":true,"trashed":false}
            """);
        Assert.Equal(JsonKind.MediaSidecar, parsed.Kind);
        var s = parsed.Sidecar!;
        Assert.Equal("IMG_1.jpg", s.Title);
        Assert.Equal("At the beach", s.Description);
        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(1695394176), s.TakenTime);
        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(1700000000), s.CreationTime);
        Assert.Equal(new GeoPoint(45.5, 9.25, 120.0), s.Location);
        Assert.True(s.Favorited);
        Assert.True(s.Archived);
        Assert.False(s.Trashed);
        Assert.Equal(["Ann", "Bob"], s.People);
        Assert.True(s.FromPartnerSharing);
    }

    [Theory]
    [InlineData("\"1695394176\"", 1695394176L)]
    [InlineData("1695394176", 1695394176L)]
    [InlineData("\" 1695394176 \"", 1695394176L)]
    [InlineData("\"-86400\"", -86400L)]
    [InlineData("1695394176.9", 1695394176L)]
    public void Timestamps_as_strings_or_numbers(string value, long expected)
    {
        var parsed = Parse("{\"title\":\"a.jpg\",\"photoTakenTime\":{\"timestamp\":" + value + "}}");
        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(expected), parsed.Sidecar!.TakenTime);
    }

    [Theory]
    [InlineData("\"0\"")]
    [InlineData("0")]
    [InlineData("\"\"")]
    [InlineData("\"soon\"")]
    [InlineData("null")]
    [InlineData("\"99999999999999999999\"")]
    public void Unknown_timestamps_are_null(string value)
    {
        var parsed = Parse("{\"title\":\"a.jpg\",\"photoTakenTime\":{\"timestamp\":" + value + "},\"creationTime\":{\"timestamp\":\"1700000000\"}}");
        Assert.Equal(JsonKind.MediaSidecar, parsed.Kind);
        Assert.Null(parsed.Sidecar!.TakenTime);
    }

    [Fact]
    public void Zero_zero_is_no_location_and_geo_data_exif_is_the_fallback()
    {
        var parsed = Parse("""{"title":"a.jpg","photoTakenTime":{"timestamp":"1"},"geoData":{"latitude":0.0,"longitude":0.0},"geoDataExif":{"latitude":"48.85","longitude":"2.35"}}""");
        Assert.Null(parsed.Sidecar!.GeoData);
        Assert.Equal(new GeoPoint(48.85, 2.35, null), parsed.Sidecar.Location);
        Assert.Null(Parse("""{"title":"a.jpg","photoTakenTime":{"timestamp":"1"},"geoData":{"latitude":0,"longitude":0},"geoDataExif":{"latitude":0,"longitude":0}}""").Sidecar!.Location);
    }

    [Fact]
    public void Flags_are_false_when_missing_and_lenient_when_text()
    {
        var s = Parse("""{"title":"a.jpg","photoTakenTime":{"timestamp":"1"},"favorited":"true"}""").Sidecar!;
        Assert.True(s.Favorited);
        Assert.False(s.Archived);
        Assert.False(s.Trashed);
        Assert.Null(s.Description);
    }

    [Theory]
    [InlineData("""{"title":"Summer 2019","description":"","access":"protected","date":{"timestamp":"1"}}""", "Summer 2019", false)]
    [InlineData("""{"albumData":{"title":"Old album","description":"d","date":{"timestamp":"1"}}}""", "Old album", true)]
    [InlineData("""{"title":""}""", "", false)]
    [InlineData(GoogleAlbumFile, "Road trip 2023", false)]
    [InlineData("""{"title":"","description":"","access":"protected","date":{"timestamp":"1695394176","formatted":"22 sept. 2023, 15:45:25 UTC"},"location":"","geoData":{"latitude":0.0,"longitude":0.0,"altitude":0.0,"latitudeSpan":0.0,"longitudeSpan":0.0}}""", "", false)]
    public void Album_metadata_is_recognised_by_content(string json, string title, bool wrapped)
    {
        var parsed = Parse(json);
        Assert.Equal(JsonKind.Album, parsed.Kind);
        Assert.Equal(title, parsed.Album!.Title);
        Assert.Equal(wrapped, parsed.Album.Wrapped);
    }

    [Theory]
    [InlineData("""[{"category":"x"}]""", JsonKind.Other)]
    [InlineData("""{"externalOrderId":"1"}""", JsonKind.Other)]
    [InlineData("""{"title":"a.jpg",""", JsonKind.Malformed)]
    [InlineData("", JsonKind.Malformed)]
    [InlineData("not json", JsonKind.Malformed)]
    public void Other_shapes_and_broken_files(string json, JsonKind kind)
    {
        var parsed = Parse(json);
        Assert.Equal(kind, parsed.Kind);
        Assert.Equal(kind == JsonKind.Malformed, parsed.Error is not null);
    }

    [Theory]
    [InlineData("""{"title":"a\ud800b.jpg","photoTakenTime":{"timestamp":"1"}}""")]
    [InlineData("""{"title":"a\udc00.jpg","description":"x","url":"u"}""")]
    [InlineData("""{"albumData":{"title":"\ud83d"}}""")]
    public void A_lone_surrogate_in_a_string_is_a_malformed_file_not_a_crash(string json)
    {
        var parsed = Parse(json);
        Assert.Equal(JsonKind.Malformed, parsed.Kind);
        Assert.Contains("invalid JSON", parsed.Error);
    }

    [Fact]
    public void Invalid_utf8_inside_a_string_is_a_malformed_file_not_a_crash()
    {
        var bytes = Encoding.UTF8.GetBytes("""{"title":"aXb.jpg","photoTakenTime":{"timestamp":"1"}}""");
        bytes[Array.IndexOf(bytes, (byte)'X')] = 0xFF;
        var parsed = SidecarParser.Parse(bytes);
        Assert.Equal(JsonKind.Malformed, parsed.Kind);
    }

    [Fact]
    public void A_byte_order_mark_and_trailing_commas_are_accepted()
    {
        var bytes = new byte[] { 0xEF, 0xBB, 0xBF }.Concat(Encoding.UTF8.GetBytes("""{"title":"a.jpg","photoTakenTime":{"timestamp":"5",},}""")).ToArray();
        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(5), SidecarParser.Parse(bytes).Sidecar!.TakenTime);
    }
}
