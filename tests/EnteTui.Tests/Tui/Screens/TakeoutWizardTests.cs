using EnteTui.Core.Accounts;
using EnteTui.Core.Takeout.Dates;
using EnteTui.Core.Takeout.Scanning;
using EnteTui.Tests.Tui.Fakes;
using EnteTui.Tests.Tui.Support;
using EnteTui.Tui.Screens.Accounts;
using EnteTui.Tui.Screens.ExportProgress;
using EnteTui.Tui.Screens.TakeoutWizard;
using EnteTui.Tui.Shell;
using Terminal.Gui.Input;

namespace EnteTui.Tests.Tui.Screens;

public sealed class TakeoutWizardTests : IDisposable
{
    private static readonly AccountInfo Alice = TestAccounts.Of("alice@example.com", Endpoints.Production, "/srv/alice");
    private readonly string folder = Directory.CreateTempSubdirectory("takeout-parts-").FullName;

    public TakeoutWizardTests()
    {
        foreach (var name in new[] { "takeout-001.zip", "takeout-002.zip", "takeout-003.tgz", "notes.txt" })
        {
            File.WriteAllBytes(Path.Combine(folder, name), new byte[100]);
        }
    }

    [Fact]
    public void A_glob_adds_every_matching_part_and_enter_scans_them()
    {
        var fakes = NewFakes();
        using var tui = OpenWizard(fakes);

        AddByPattern(tui, Path.Combine(folder, "takeout-*"));

        var screen = tui.Text;
        Assert.Contains("takeout-001.zip", screen);
        Assert.Contains("takeout-003.tgz", screen);
        Assert.DoesNotContain("notes.txt", screen);
        Assert.Contains("3 parts", screen);

        tui.Press(Key.Enter);

        tui.WaitForText("21 media files");
        Assert.Equal(3, fakes.Takeout.Scans.Single().Count);
        screen = tui.Text;
        Assert.Contains("3 unmatched", screen);
        Assert.Contains("supplemental-truncated", screen);
        Assert.Contains("malformed JSON", screen);
        Assert.Contains("3 Summary", screen);
    }

    [Fact]
    public void A_typed_path_that_matches_nothing_is_refused_in_place()
    {
        using var tui = OpenWizard(NewFakes());

        tui.Press(Key.A);
        tui.Type(Path.Combine(folder, "nothing-*.zip"));
        tui.Press(Key.Enter);

        var prompt = Assert.IsType<PromptOverlay>(tui.Context.Overlays.Top);
        Assert.Contains("No .zip or .tgz parts match", prompt.Error);
    }

    [Fact]
    public void The_file_browser_marks_and_adds_parts()
    {
        var fakes = NewFakes();
        using var tui = OpenWizard(fakes);
        var wizard = tui.CurrentAs<TakeoutWizardScreen>();
        wizard.SetParts([Path.Combine(folder, "takeout-001.zip")]);
        wizard.Show(WizardStage.Parts);

        tui.Press(Key.B);
        var picker = Assert.IsType<PartPickerOverlay>(tui.Context.Overlays.Top);
        Assert.Equal(folder, picker.Folder);
        Assert.DoesNotContain("notes.txt", tui.Text);
        tui.Press(Key.J, Key.Space, Key.Space, Key.A);

        Assert.Equal(3, wizard.Parts.Count);
    }

    [Fact]
    public void Resolve_picks_a_candidate_uses_fallback_skips_and_saves_as_it_goes()
    {
        var fakes = NewFakes();
        using var tui = OpenWizard(fakes);
        ScanThreeParts(tui);
        tui.Press(Key.Enter);

        var resolve = Assert.IsType<ResolvePanel>(tui.CurrentAs<TakeoutWizardScreen>().Panel);
        var screen = tui.Text;
        Assert.Contains("IMG_1234(1).JPG", screen);
        Assert.Contains("2019-07-14 10:22", screen);
        Assert.Contains("from EXIF", screen);
        Assert.Contains("Paris, France", screen);

        tui.Press(new Key('1'));
        Assert.Equal(Resolution.Use("Takeout/Google Photos/Photos from 2019/IMG_1234.JPG.supplemental-metadata(1).json"), fakes.Takeout.Saved["Takeout/Google Photos/Photos from 2019/IMG_1234(1).JPG"]);
        Assert.Contains("PXL_20190801_120000.jpg", resolve.DetailText);
        Assert.Contains("from file name", resolve.DetailText);

        tui.Press(Key.F);
        Assert.Equal(Resolution.Fallback, fakes.Takeout.Saved["Takeout/Google Photos/Photos from 2019/PXL_20190801_120000.jpg"]);
        Assert.Contains("DSC_0001.JPG", resolve.DetailText);

        tui.Press(Key.X);
        Assert.Equal(3, fakes.Takeout.Saved.Count);
        Assert.Contains("3 decided", tui.Text);

        tui.Press(Key.U);
        Assert.Equal(2, fakes.Takeout.Saved.Count);
    }

    [Fact]
    public void Search_finds_any_sidecar_by_name_and_picks_it()
    {
        var fakes = NewFakes();
        using var tui = OpenWizard(fakes);
        ScanThreeParts(tui);
        tui.Press(Key.Enter, Key.J);

        tui.Press(Key.S);
        var search = Assert.IsType<SidecarSearchOverlay>(tui.Context.Overlays.Top);
        tui.WaitFor(() => search.Results.Count == 1, "one result for the file's own name");
        tui.Press(Key.Enter);

        Assert.Equal(ResolutionKind.Sidecar, fakes.Takeout.Saved["Takeout/Google Photos/Photos from 2019/PXL_20190801_120000.jpg"].Kind);
    }

    [Fact]
    public void Bulk_fallback_applies_to_the_undecided_files_of_the_same_folder_only()
    {
        var fakes = NewFakes();
        using var tui = OpenWizard(fakes);
        ScanThreeParts(tui);
        tui.Press(Key.Enter);

        tui.Press(Key.F.WithShift);

        Assert.Contains("2 undecided files in Takeout/Google Photos/Photos from 2019: fallback date.", ((ChoiceOverlay)tui.Context.Overlays.Top!).Rendered);
        Assert.Equal(2, fakes.Takeout.Saved.Count);
        Assert.DoesNotContain("Takeout/Google Photos/Trip to Zürich/DSC_0001.JPG", fakes.Takeout.Saved.Keys);
    }

    [Fact]
    public void Leaving_and_coming_back_resumes_at_the_item_being_resolved()
    {
        var fakes = NewFakes();
        using (var tui = OpenWizard(fakes))
        {
            ScanThreeParts(tui);
            tui.Press(Key.Enter, Key.J, Key.J);
            Assert.Equal(2, ((ResolvePanel)tui.CurrentAs<TakeoutWizardScreen>().Panel!).List.SelectedItem);
            tui.Press(Key.Q);
            Assert.IsType<AccountsScreen>(tui.Current);

            tui.Press(Key.T);
            tui.WaitFor(() => tui.CurrentAs<TakeoutWizardScreen>().Stage == WizardStage.Resolve, "the resolve step");
            Assert.Equal(2, ((ResolvePanel)tui.CurrentAs<TakeoutWizardScreen>().Panel!).List.SelectedItem);
        }

        using var restarted = OpenWizard(fakes);
        restarted.WaitFor(() => restarted.CurrentAs<TakeoutWizardScreen>().Stage == WizardStage.Resolve, "the resolve step after a restart");
        Assert.Contains("DSC_0001.JPG", restarted.Text);
    }

    [Fact]
    public void Target_then_upload_runs_with_the_resolutions_and_shows_a_summary()
    {
        var fakes = NewFakes();
        using var tui = OpenWizard(fakes);
        ScanThreeParts(tui);
        tui.Press(Key.Enter, new Key('1'), Key.F, Key.X);
        tui.Press(Key.Enter);
        tui.WaitForText("alice@example.com (Ente)");
        Assert.Contains("(1 skipped)", tui.Text);
        tui.Press(Key.J, Key.CursorRight);
        Assert.Contains("everything in one album", tui.Text);
        tui.Press(Key.J, Key.E);
        var prompt = Assert.IsType<PromptOverlay>(tui.Context.Overlays.Top);
        prompt.Field.Text = string.Empty;
        tui.Type("From Google");
        tui.Press(Key.Enter);
        tui.Press(Key.J, Key.Space);
        tui.Type("2019-01-01");
        tui.Press(Key.Enter);
        tui.Press(Key.J, Key.J, Key.Space);
        tui.Type("2M");
        tui.Press(Key.Enter);
        Assert.Contains("2019-01-01", tui.Text);

        tui.Press(Key.Enter);

        var (request, run) = fakes.Takeout.Imports.Single();
        Assert.Equal(Alice, request.Account);
        Assert.Equal(new ImportTarget(false, "From Google") { Since = "2019-01-01", BandwidthLimit = "2M" }, request.Target);
        Assert.Equal(3, request.Resolutions.Count);
        run.Complete(3);
        tui.Advance(TimeSpan.FromMilliseconds(300));
        Assert.Contains("Uploading to alice@example.com", tui.Text);

        run.Complete(100);
        run.Finish();
        tui.WaitForText("Imported into alice@example.com in");
        Assert.Contains("7 Done", tui.Text);
        Assert.Equal([], fakes.Takeout.Session!.Parts);

        tui.Press(Key.Enter);
        Assert.IsType<AccountsScreen>(tui.Current);
    }

    [Fact]
    public void Q_during_the_upload_asks_and_stops_it()
    {
        var fakes = NewFakes();
        using var tui = OpenWizard(fakes);
        ScanThreeParts(tui);
        UploadIntoAlice(tui);

        tui.Press(Key.Q);
        Assert.Contains("The upload is running", tui.Text);
        tui.Press(Key.Enter);

        tui.WaitFor(() => tui.Current is AccountsScreen, "the accounts screen");
        Assert.True(fakes.Takeout.Imports.Single().Run.StopRequested);
    }

    [Fact]
    public void An_upload_that_cannot_pause_offers_no_pause_key()
    {
        var fakes = NewFakes();
        fakes.Takeout.UploadsPause = false;
        using var tui = OpenWizard(fakes);
        ScanThreeParts(tui);
        UploadIntoAlice(tui);
        tui.WaitForText("Uploading");

        Assert.DoesNotContain("Pause", tui.Text);
        tui.PressIgnored(Key.P);
        Assert.NotEqual(RunPhase.Paused, fakes.Takeout.Imports.Single().Run.Snapshot().Phase);
    }

    [Fact]
    public void Esc_cancels_a_running_scan()
    {
        var fakes = NewFakes();
        fakes.Takeout.Holding = new TaskCompletionSource<TakeoutReport>();
        using var tui = OpenWizard(fakes);
        AddByPattern(tui, Path.Combine(folder, "takeout-00*.zip"));
        tui.Press(Key.Enter);
        tui.Advance(TimeSpan.FromSeconds(2));
        Assert.Contains("Scanning 2 parts", tui.Text);

        tui.Press(Key.Esc);

        Assert.Equal(WizardStage.Parts, tui.CurrentAs<TakeoutWizardScreen>().Stage);
    }

    [Fact]
    public void The_scan_step_shows_the_part_being_read_bytes_entries_rate_and_eta_at_80x24()
    {
        var fakes = NewFakes();
        fakes.Takeout.Holding = new TaskCompletionSource<TakeoutReport>();
        using var tui = OpenWizard(fakes);
        StartScan(tui);
        var longPart = "/home/someone/Downloads/google/exports/2026-12/takeout-20261201T101010Z-003.tgz";

        fakes.Takeout.Progress = new ScanProgress(ScanPhase.Reading, 2, 3, 3, longPart, 1, 30_000_000_000, 50_000_000_000, 654_321, 150_000_000, TimeSpan.FromSeconds(133), TimeSpan.FromSeconds(200));
        tui.Advance(TimeSpan.FromSeconds(1));

        var screen = tui.Text;
        Assert.Contains("Part 3 of 3", screen);
        Assert.Contains("…/takeout-20261201T101010Z-003.tgz", screen);
        Assert.Contains("━━━━━━━━", screen);
        Assert.Contains("60%", screen);
        Assert.Contains("30 GB of 50 GB · 150 MB/s · ETA 2 min 13 s", screen);
        Assert.Contains("654,321 entries read · 2 of 3 parts done", screen);

        fakes.Takeout.Progress = fakes.Takeout.Progress with { Phase = ScanPhase.Matching };
        tui.Advance(TimeSpan.FromSeconds(1));
        Assert.Contains("Pairing media with sidecars in 654,321 entries…", tui.Text);
    }

    [Fact]
    public void Long_paths_in_the_resolve_list_and_the_sidecar_search_keep_the_file_name_whole_at_80x24()
    {
        var fakes = NewFakes();
        const string LongAlbum = "Takeout/Google Photos/A very long album name from the summer holidays of 2019/";
        fakes.Takeout.MoreUnmatched.Add(new UnmatchedMedia(LongAlbum + "IMG_20190714_102100123.jpg", 3, [], ResolvedDate.None));
        using var tui = OpenWizard(fakes);
        ScanThreeParts(tui);
        tui.Press(Key.Enter);
        tui.WaitForText("without a sidecar");

        var screen = tui.Text;
        Assert.Matches(@"Takeout/Google Photos/A very long[^\n/]*…/IMG_20190714_102100123\.jpg", screen);
        Assert.Contains("Takeout/Google Photos/Trip to Zürich/DSC_0001.JPG", screen);
        Assert.Matches(@"IMG_1234\.JPG\.suppl\S*…\S*\(1\)\.json", screen);

        tui.Press(Key.CursorDown);
        tui.Press(Key.S);
        tui.WaitForText("1 sidecar");
        Assert.Matches(@"Takeout/[^\n]*…/PXL_20190801_120000\.jpg\.supplemental-meta\.json", tui.Text);
    }

    [Fact]
    public void A_damaged_part_is_asked_about_and_go_back_returns_to_the_parts()
    {
        var fakes = NewFakes();
        fakes.Takeout.DamagedPart = 1;
        using var tui = OpenWizard(fakes);
        StartScan(tui);

        tui.WaitForText("Damaged parts");
        var question = Assert.IsType<ChoiceOverlay>(tui.Context.Overlays.Top);
        Assert.Contains("part 2 (takeout-002.zip) is truncated or corrupt.", question.Rendered);
        Assert.Contains("sidecars", question.Rendered);
        Assert.Equal(["Go back", "Import anyway"], question.Choices);

        tui.Press(Key.Esc);

        Assert.Equal(WizardStage.Parts, tui.CurrentAs<TakeoutWizardScreen>().Stage);
        Assert.False(tui.CurrentAs<TakeoutWizardScreen>().AllowDamaged);
        Assert.Empty(fakes.Takeout.Imports);
    }

    [Fact]
    public void Import_anyway_on_a_damaged_part_uploads_as_allow_damaged()
    {
        var fakes = NewFakes();
        fakes.Takeout.DamagedPart = 0;
        using var tui = OpenWizard(fakes);
        StartScan(tui);
        tui.WaitForText("Damaged parts");

        tui.Press(Key.I);

        Assert.Equal(WizardStage.Summary, tui.CurrentAs<TakeoutWizardScreen>().Stage);
        Assert.DoesNotContain("Damaged parts", tui.Text);
        Assert.Contains("✗ takeout-001.zip (damaged)", tui.Text);
        UploadIntoAlice(tui);
        Assert.True(fakes.Takeout.Imports.Single().Request.AllowDamaged);
    }

    [Fact]
    public void A_scan_without_damage_asks_nothing_and_never_allows_damage()
    {
        var fakes = NewFakes();
        using var tui = OpenWizard(fakes);
        ScanThreeParts(tui);

        Assert.Null(tui.Context.Overlays.Top);
        UploadIntoAlice(tui);
        Assert.False(fakes.Takeout.Imports.Single().Request.AllowDamaged);
    }

    public void Dispose() => Directory.Delete(folder, recursive: true);

    private static FakeServices NewFakes()
    {
        var fakes = new FakeServices();
        fakes.Accounts.Stored.Add(Alice);
        return fakes;
    }

    private static TuiHarness OpenWizard(FakeServices fakes)
    {
        var tui = new TuiHarness(fakes.Build());
        tui.WaitForText("alice@example.com");
        tui.Press(Key.T);
        Assert.IsType<TakeoutWizardScreen>(tui.Current);
        return tui;
    }

    private static void AddByPattern(TuiHarness tui, string pattern)
    {
        tui.Press(Key.A);
        tui.Type(pattern);
        tui.Press(Key.Enter);
    }

    /// <summary>Adds the three parts and starts their scan.</summary>
    private void StartScan(TuiHarness tui)
    {
        AddByPattern(tui, Path.Combine(folder, "takeout-*"));
        tui.Press(Key.Enter);
    }

    private void ScanThreeParts(TuiHarness tui)
    {
        StartScan(tui);
        tui.WaitForText("21 media files");
    }

    /// <summary>From the resolve step on to the target step (Alice listed) and starts the upload with its defaults.</summary>
    private static void UploadIntoAlice(TuiHarness tui)
    {
        tui.Press(Key.Enter, Key.C, Key.Enter);
        tui.WaitForText("alice@example.com (Ente)");
        tui.Press(Key.Enter);
    }
}
