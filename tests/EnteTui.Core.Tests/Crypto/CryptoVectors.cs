using System.Text.Json;

using EnteTui.Core.Tests.Support;

namespace EnteTui.Core.Tests.Crypto;

/// <summary>Loads ente-crypto-vectors.json (the copy in tests/vectors) once.</summary>
public static class CryptoVectors
{
    public const string FileName = "ente-crypto-vectors.json";

    private static readonly Lazy<JsonDocument> Document = new(() => JsonDocument.Parse(File.ReadAllBytes(VectorFiles.Path(FileName))));

    public static JsonElement Root => Document.Value.RootElement;

    public static IReadOnlyList<string> Ids =>
        [.. Root.GetProperty("vectors").EnumerateArray().Select(v => v.GetProperty("id").GetString()!)];

    public static CryptoVector Get(string id) =>
        new(Root.GetProperty("vectors").EnumerateArray().Single(v => v.GetProperty("id").GetString() == id));
}
