using System.Runtime.Versioning;
using System.Text;
using EnteTui.Core.Accounts;

namespace EnteTui.Core.Tests.Accounts;

public class AccountStoreTests
{
    private const UnixFileMode OwnerReadWrite = UnixFileMode.UserRead | UnixFileMode.UserWrite;
    private const UnixFileMode OwnerAll = OwnerReadWrite | UnixFileMode.UserExecute;

    [Fact]
    [UnsupportedOSPlatform("windows")]
    public void The_device_key_and_the_database_are_owner_only()
    {
        using var home = new TempHome();

        home.Store.Save(TestLogins.Random());

        var keyFile = Path.Combine(home.Paths.ConfigDir, DeviceKey.FileName);
        Assert.Equal(32, File.ReadAllBytes(keyFile).Length);
        Assert.Equal(OwnerReadWrite, File.GetUnixFileMode(keyFile));
        Assert.Equal(OwnerAll, File.GetUnixFileMode(home.Paths.ConfigDir));
        Assert.Equal(OwnerReadWrite, File.GetUnixFileMode(home.Store.DatabasePath));
        Assert.Equal(OwnerAll, File.GetUnixFileMode(Path.GetDirectoryName(home.Store.DatabasePath)!));
    }

    [Fact]
    public void Secrets_are_not_stored_in_plaintext()
    {
        using var home = new TempHome();
        var login = TestLogins.Random();

        home.Store.Save(login);

        var database = File.ReadAllBytes(home.Store.DatabasePath);
        Assert.True(database.Length > 0);
        Assert.Equal(-1, database.AsSpan().IndexOf(login.Keys.MasterKey));
        Assert.Equal(-1, database.AsSpan().IndexOf(login.Keys.SecretKey));
        Assert.Equal(-1, database.AsSpan().IndexOf(Encoding.UTF8.GetBytes(login.Token)));
        Assert.Equal(-1, database.AsSpan().IndexOf(Encoding.UTF8.GetBytes(Convert.ToBase64String(login.Keys.MasterKey))));
        Assert.NotEqual(-1, database.AsSpan().IndexOf(Encoding.UTF8.GetBytes(login.Email)));
    }

    [Fact]
    public void A_session_opens_with_the_stored_keys_and_an_authenticated_client()
    {
        using var home = new TempHome();
        var login = TestLogins.Random(endpoint: "https://photos.example.org/api/");
        home.Store.Save(login, exportDir: Path.Combine(home.Root, "export"));

        using var session = home.Sessions.Open(null);

        Assert.Equal(login.Keys.MasterKey, session.Keys.MasterKey);
        Assert.Equal(login.Keys.SecretKey, session.Keys.SecretKey);
        Assert.Equal(login.Keys.PublicKey, session.Keys.PublicKey);
        Assert.Equal(42, session.UserId);
        Assert.Equal("https://photos.example.org/api", session.Api.Endpoint);
        Assert.True(session.Api.Connection.IsAuthenticated);
        Assert.Equal(Path.Combine(home.Root, "export"), session.Account.ExportDir);
        Assert.DoesNotContain(login.Token, session.ToString());
    }

    [Fact]
    public void A_login_its_stored_account_and_its_session_are_named_alike()
    {
        using var home = new TempHome();
        var login = TestLogins.Random(endpoint: "https://photos.example.org/api");
        var saved = home.Store.Save(login);

        using var session = home.Sessions.Open(null);

        Assert.Equal("a@example.org (user 42) on https://photos.example.org/api", login.ToString());
        Assert.Equal(login.ToString(), saved.ToString());
        Assert.Equal(login.ToString(), session.ToString());
    }

    [Fact]
    public void The_keys_survive_a_restart_with_the_same_home()
    {
        var login = TestLogins.Random();
        using var home = new TempHome();
        home.Store.Save(login);

        home.Restart();
        using var session = home.Sessions.Open(login.Email);

        Assert.Equal(login.Keys.MasterKey, session.Keys.MasterKey);
        Assert.Equal(login.Keys.SecretKey, session.Keys.SecretKey);
    }

    [Fact]
    public void Adding_an_email_again_replaces_the_session_and_keeps_the_export_dir()
    {
        using var home = new TempHome();
        var exportDir = Path.Combine(home.Root, "photos");
        home.Store.Save(TestLogins.Random(userId: 1), exportDir);
        var second = TestLogins.Random(email: " A@Example.org ".Trim().ToLowerInvariant(), userId: 1);

        home.Store.Save(second);

        var account = Assert.Single(home.Store.List());
        Assert.Equal(exportDir, account.ExportDir);
        using var session = home.Sessions.Open("A@EXAMPLE.ORG");
        Assert.Equal(second.Keys.MasterKey, session.Keys.MasterKey);
    }

    [Fact]
    public void Update_changes_export_dir_and_endpoint_and_remove_forgets()
    {
        using var home = new TempHome();
        home.Store.Save(TestLogins.Random());

        var updated = home.Store.Update("a@example.org", exportDir: "/srv/photos", endpoint: "https://ente.example.net/");

        Assert.Equal("/srv/photos", updated.ExportDir);
        Assert.Equal("https://ente.example.net", updated.Endpoint);
        Assert.Equal(updated, home.Store.Find("a@example.org"));
        Assert.True(home.Store.Remove("a@example.org"));
        Assert.False(home.Store.Remove("a@example.org"));
        Assert.Empty(home.Store.List());
        Assert.Throws<AccountException>(() => home.Store.Update("a@example.org", exportDir: "/x"));
    }

    [Fact]
    public void Resolve_picks_the_only_account_and_lists_them_when_there_are_several()
    {
        using var home = new TempHome();
        Assert.Contains("No account is set up", Assert.Throws<AccountException>(() => home.Sessions.Resolve(null)).Message);

        home.Store.Save(TestLogins.Random(email: "b@example.org"));
        Assert.Equal("b@example.org", home.Sessions.Resolve(null).Email);

        home.Store.Save(TestLogins.Random(email: "a@example.org"));
        var several = Assert.Throws<AccountException>(() => home.Sessions.Resolve(null));
        Assert.Contains("--email", several.Message);
        Assert.Contains("a@example.org", several.Message);
        Assert.Contains("b@example.org", several.Message);
        Assert.Equal("a@example.org", home.Sessions.Resolve("A@example.org").Email);
        Assert.Contains("c@example.org", Assert.Throws<AccountException>(() => home.Sessions.Resolve("c@example.org")).Message);
    }

    [Fact]
    public void A_lost_device_key_gives_a_clear_error()
    {
        using var home = new TempHome();
        home.Store.Save(TestLogins.Random());
        File.Delete(Path.Combine(home.Paths.ConfigDir, DeviceKey.FileName));
        home.Restart();

        var error = Assert.Throws<AccountException>(() => home.Sessions.Open(null));

        Assert.Contains("ente-tui account add --endpoint http://127.0.0.1:8080 --email a@example.org", error.Message);
    }
}
