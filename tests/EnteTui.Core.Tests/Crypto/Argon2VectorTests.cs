using System.Diagnostics;
using System.Text;

using EnteTui.Core.Crypto;

using Xunit.Abstractions;

namespace EnteTui.Core.Tests.Crypto;

public class Argon2VectorTests(ITestOutputHelper output)
{
    [Theory]
    [CoversVector("argon2id-small")]
    [CoversVector("argon2id-interactive")]
    [CoversVector("argon2id-moderate")]
    [CoversVector("argon2id-sensitive-web")]
    [CoversVector("argon2id-low-memory-fallback")]
    [InlineData("argon2id-small")]
    [InlineData("argon2id-interactive")]
    [InlineData("argon2id-moderate")]
    [InlineData("argon2id-sensitive-web")]
    [InlineData("argon2id-low-memory-fallback")]
    public void Kek_matches_the_vector(string id)
    {
        var v = CryptoVectors.Get(id);
        var password = v.In("password");
        Assert.Equal(v.InHex("passwordUtf8Hex"), Encoding.UTF8.GetBytes(password));

        var watch = Stopwatch.StartNew();
        var kek = KeyDerivation.DeriveKek(password, v.InB64("kekSalt"), v.InLong("opsLimit"), v.InLong("memLimit"));
        watch.Stop();
        output.WriteLine($"{id}: ops {v.InLong("opsLimit")}, mem {v.InLong("memLimit") / (1024 * 1024)} MiB: {watch.ElapsedMilliseconds} ms");

        Assert.Equal(v.OutB64("kek"), kek);
        Assert.Equal(v.OutHex("kekHex"), kek);
    }

    [Fact]
    public void Spec_3_8_go_cli_vector()
    {
        var kek = KeyDerivation.DeriveKek("test_password", Convert.FromBase64String("vd0dcYMGNLKn/gpT6uTFTw=="), 2, 64 * 1024 * 1024);
        Assert.Equal("vp8d8Nee0BbIML4ab8Cp34uYnyrN77cRwTl920flyT0=", Convert.ToBase64String(kek));
    }

    [Fact]
    public void Spec_3_8_password_vector_and_its_login_sub_key()
    {
        var salt = Enumerable.Range(0, 16).Select(i => (byte)i).ToArray();
        var kek = KeyDerivation.DeriveKek("password", salt, 2, 67108864);
        Assert.Equal("P94AI+nJBlLtrBR4SXHkJY4IR1G84AtZZdmVxjmxXP8=", Convert.ToBase64String(kek));
        Assert.Equal("lEfWbakgFrcAgXe6BZnlxA==", Convert.ToBase64String(KeyDerivation.DeriveLoginSubKey(kek)));
    }
}
