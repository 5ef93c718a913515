using System.Text.Encodings.Web;

namespace EnteTui.Core.Export;

/// <summary>`album_meta.json` in the album's metadata folder, with the Ente CLI's keys.</summary>
public static class AlbumMetaWriter
{
    public const string FileName = "album_meta.json";

    public static byte[] Serialize(long collectionId, long ownerId, string albumName, long accountUserId)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteNumber("id", collectionId);
            json.WriteNumber("ownerID", ownerId);
            json.WriteString("albumName", albumName);
            json.WriteBoolean("isDeleted", false);
            json.WriteStartArray("accountOwnerIDs");
            json.WriteNumberValue(accountUserId);
            json.WriteEndArray();
            json.WriteEndObject();
        }

        buffer.WriteByte((byte)'\n');
        return buffer.ToArray();
    }
}
