using EnteTui.Tui.Screens.Accounts;
using EnteTui.Tui.Screens.Albums;
using EnteTui.Tui.Screens.ExportProgress;
using Terminal.Gui.Input;

namespace EnteTui.Tests.Tui.RealServices;

/// <summary>The TUI driven by keys over the real service layer against the local server.</summary>
public class RealLoginAndExportTests(SeededServerFixture server) : IClassFixture<SeededServerFixture>
{
    [Fact]
    public void Log_in_with_password_lists_the_seeded_albums_with_markers()
    {
        using var real = new RealTui();

        real.LogIn(server.Endpoint, SeededServerFixture.Email, SeededServerFixture.Password);

        var screen = real.Tui.Text;
        Assert.Contains("Wedding", screen);
        Assert.Contains("Ünïcödé 写真 📷", screen);
        Assert.Contains("Family", screen);
        Assert.Contains("shared", screen);
        Assert.Contains("Private", screen);
        var albums = real.Tui.CurrentAs<AlbumsScreen>();
        Assert.DoesNotContain(albums.Source.All.Single(a => a.Name == "Private").CollectionId, albums.Source.Marked);
        Assert.True(albums.Source.All.Single(a => a.Name == "Screenshots").IsArchived);
    }

    [Fact]
    public void Wrong_password_shows_the_error_and_the_retry_succeeds_without_restarting()
    {
        using var real = new RealTui();
        var tui = real.Tui;
        tui.Press(Key.A);
        var login = tui.CurrentAs<LoginScreen>();
        login.Form.Server.SetFocus();
        tui.Press(Key.Space);
        tui.Type(server.Endpoint);
        login.Form.Email.SetFocus();
        tui.Type(SeededServerFixture.Email);
        tui.Press(Key.CursorDown);
        tui.Type("not the password");
        tui.Press(Key.Enter);

        tui.WaitForText("Incorrect password");
        login.Form.Password.Text = string.Empty;
        tui.Type(SeededServerFixture.Password);
        tui.Press(Key.Enter);

        tui.WaitFor(() => tui.Current is AlbumsScreen, "the album list");
    }

    [Fact]
    public void Email_code_login_uses_the_code_the_server_sent()
    {
        using var real = new RealTui();
        var tui = real.Tui;
        tui.Press(Key.A);
        var login = tui.CurrentAs<LoginScreen>();
        login.Form.Server.SetFocus();
        tui.Press(Key.Space);
        tui.Type(server.Endpoint);
        login.Form.Email.SetFocus();
        tui.Type(SeededServerFixture.OtpEmail);
        tui.Press(Key.CursorDown);
        tui.Type(SeededServerFixture.Password);
        tui.Press(Key.Enter);

        tui.WaitForText("Ente sent a code to " + SeededServerFixture.OtpEmail);
        tui.Type(server.Server.LatestOtt(SeededServerFixture.OtpEmail)!);
        tui.Press(Key.Enter);

        tui.WaitFor(() => tui.Current is AlbumsScreen, "the album list");
    }

    [Fact]
    public void Mark_two_albums_and_export_them_to_completion()
    {
        using var real = new RealTui();
        real.LogIn(server.Endpoint, SeededServerFixture.Email, SeededServerFixture.Password);
        real.SetExportFolder();
        var tui = real.Tui;
        var albums = tui.CurrentAs<AlbumsScreen>();

        tui.Press(Key.N, new Key('/'));
        tui.Type("holiday");
        tui.Press(Key.Enter, Key.Space, Key.Esc, new Key('/'));
        tui.Type("wedd");
        tui.Press(Key.Enter, Key.Space, Key.Esc);
        Assert.Equal(["Holiday 2023", "Wedding"], albums.Source.MarkedAlbums.Select(a => a.Name).Order());
        tui.Press(Key.Enter);

        Assert.IsType<ExportProgressScreen>(tui.Current);
        tui.WaitForText("Exported 2 albums in", TimeSpan.FromSeconds(60));
        Assert.Contains("finished", tui.Text);
        var holiday = Directory.GetFiles(Path.Combine(real.ExportDir, "Holiday 2023"));
        Assert.Equal(7, holiday.Length);
        Assert.True(Directory.Exists(Path.Combine(real.ExportDir, "Wedding", ".meta")));
        Assert.False(Directory.Exists(Path.Combine(real.ExportDir, "Garden")));

        tui.Press(Key.Enter);
        tui.WaitForText("just now");
    }
}
