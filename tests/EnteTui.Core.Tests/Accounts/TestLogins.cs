using EnteTui.Core.Accounts;
using EnteTui.Core.Accounts.Login;
using EnteTui.Core.Crypto;

namespace EnteTui.Core.Tests.Accounts;

/// <summary>Login results with random keys, as if a login had just completed.</summary>
internal static class TestLogins
{
    public static LoginResult Random(string email = "a@example.org", string endpoint = "http://127.0.0.1:8080", long userId = 42) =>
        new(endpoint, email, userId, new AccountKeys(CryptoRandom.NewKey(), CryptoRandom.NewKey(), CryptoRandom.NewKey()), EnteBase64.EncodeToken(CryptoRandom.NewKey()));
}
