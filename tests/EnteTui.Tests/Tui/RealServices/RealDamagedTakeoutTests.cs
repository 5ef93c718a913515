using EnteTui.Fixtures;
using EnteTui.Tui.Screens.TakeoutWizard;
using EnteTui.Tui.Shell;
using Terminal.Gui.Input;

namespace EnteTui.Tests.Tui.RealServices;

/// <summary>The wizard over the real scanner and import: a truncated part is asked about, and "Import anyway" uploads what could be read.</summary>
public class RealDamagedTakeoutTests(SeededServerFixture server) : IClassFixture<SeededServerFixture>
{
    // Synchronous on purpose: the harness must be driven from the thread that created it.
    [Fact]
    public void A_truncated_part_is_asked_about_and_import_anyway_uploads_what_could_be_read()
    {
        using var real = new RealTui();
        var parts = new TakeoutBuilder()
            .Add("Photos from 2023/IMG_7001.jpg", MediaFactory.Jpeg(64, 48, 1), part: 1)
            .AddSidecar("Photos from 2023/IMG_7001.jpg.json", new SidecarSpec("IMG_7001.jpg") { PhotoTakenTime = 1_690_000_000 }, part: 1)
            .Add("Photos from 2023/IMG_7002.jpg", MediaFactory.Jpeg(64, 48, 2), part: 2)
            .Add("Photos from 2023/IMG_7003.jpg", MediaFactory.Jpeg(64, 48, 3), part: 2)
            .Write(Path.Combine(real.Home, "in"), "zip", "tgz");
        var tgz = parts.Single(p => p.EndsWith(".tgz", StringComparison.Ordinal));
        var bytes = File.ReadAllBytes(tgz);
        File.WriteAllBytes(tgz, bytes[..(bytes.Length * 2 / 3)]);
        real.LogIn(server.Endpoint, SeededServerFixture.Email, SeededServerFixture.Password);
        var tui = real.Tui;

        tui.Press(Key.T);
        tui.Press(Key.A);
        tui.Type(Path.Combine(real.Home, "in", "*"));
        tui.Press(Key.Enter);
        tui.Press(Key.Enter);

        tui.WaitForText("Damaged parts", TimeSpan.FromSeconds(60));
        var question = Assert.IsType<ChoiceOverlay>(tui.Context.Overlays.Top);
        Assert.Contains($"part 2 ({Path.GetFileName(tgz)}) is truncated or corrupt.", question.Rendered);
        tui.Press(Key.I);
        var wizard = tui.CurrentAs<TakeoutWizardScreen>();
        Assert.True(wizard.AllowDamaged);
        Assert.Contains($"✗ {Path.GetFileName(tgz)} (damaged)", tui.Text);

        tui.Press(Key.Enter);
        if (wizard.Stage == WizardStage.Resolve)
        {
            tui.Press(Key.C, Key.Enter);
        }

        tui.WaitFor(() => wizard.Stage == WizardStage.Target, "the target step");
        tui.Press(Key.Enter);
        tui.WaitForText("Imported into " + SeededServerFixture.Email, TimeSpan.FromSeconds(90));
    }
}
