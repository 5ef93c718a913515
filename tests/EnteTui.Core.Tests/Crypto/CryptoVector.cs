using System.Text.Json;

namespace EnteTui.Core.Tests.Crypto;

/// <summary>One entry of ente-crypto-vectors.json with typed accessors for its input and output.</summary>
public sealed class CryptoVector(JsonElement element)
{
    public string Id => element.GetProperty("id").GetString()!;

    public string What => element.GetProperty("what").GetString()!;

    public JsonElement Input => element.GetProperty("input");

    public JsonElement Output => element.GetProperty("output");

    public string In(string name) => Input.GetProperty(name).GetString()!;

    public long InLong(string name) => Input.GetProperty(name).GetInt64();

    public byte[] InHex(string name) => Convert.FromHexString(In(name));

    public byte[] InB64(string name) => Convert.FromBase64String(In(name));

    public bool HasIn(string name) => Input.TryGetProperty(name, out _);

    public string Out(string name) => Output.GetProperty(name).GetString()!;

    public long OutLong(string name) => Output.GetProperty(name).GetInt64();

    public byte[] OutHex(string name) => Convert.FromHexString(Out(name));

    public byte[] OutB64(string name) => Convert.FromBase64String(Out(name));

    public bool HasOut(string name) => Output.TryGetProperty(name, out _);
}
