using EnteTui.Core.Accounts;
using EnteTui.Core.Crypto;

namespace EnteTui.Core.Tests.Accounts;

/// <summary>The one holder of an account's decrypted keys (login, store, session): zeroed on dispose, never printed.</summary>
public class AccountKeysTests
{
    [Fact]
    public void Disposing_zeroes_the_secret_keys_and_keeps_the_public_key()
    {
        var publicKey = CryptoRandom.NewKey();
        var keys = new AccountKeys(CryptoRandom.NewKey(), CryptoRandom.NewKey(), publicKey.ToArray());

        keys.Dispose();

        Assert.All(keys.MasterKey, b => Assert.Equal(0, b));
        Assert.All(keys.SecretKey, b => Assert.Equal(0, b));
        Assert.Equal(publicKey, keys.PublicKey);
    }

    [Fact]
    public void Printing_the_keys_shows_none_of_them()
    {
        var keys = new AccountKeys(CryptoRandom.NewKey(), CryptoRandom.NewKey(), CryptoRandom.NewKey());

        var text = keys.ToString();

        Assert.Equal("account keys", text);
        Assert.DoesNotContain(Convert.ToBase64String(keys.MasterKey), text, StringComparison.Ordinal);
    }
}
