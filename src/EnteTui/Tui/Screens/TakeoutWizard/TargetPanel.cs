using EnteTui.Tui.Screens.Accounts;
using EnteTui.Tui.Shell;
using Terminal.Gui.Input;

namespace EnteTui.Tui.Screens.TakeoutWizard;

/// <summary>Step 5: which account to import into, and whether Takeout's albums become Ente albums or all go into one.</summary>
public sealed class TargetPanel : StagePanel
{
    private readonly SpanView body;
    private IReadOnlyList<AccountInfo> accounts = [];
    private int row;

    public TargetPanel(TakeoutWizardScreen wizard)
        : base(wizard, "Import target")
    {
        body = new SpanView(Context.Painter);
        Add(body);
        Keys.Bind([Key.CursorDown, Key.J, Key.Tab], null, "Next setting", () => MoveRow(1))
            .Bind([Key.CursorUp, Key.K], null, "Previous setting", () => MoveRow(-1))
            .Bind([Key.CursorRight, Key.CursorLeft, Key.Space], "Change", "Change the highlighted setting", Change)
            .Bind([Key.E], null, "Edit the album name", EditAlbum)
            .Primary([Key.Enter], () => "Upload", "Start the upload", Start, () => accounts.Count > 0);
    }

    public override WizardStage Stage => WizardStage.Target;

    public override void Enter()
    {
        SetFocus();
        Render();
        Context.Await(
            Wizard.Services.Accounts.ListAsync(CancellationToken.None),
            list =>
            {
                accounts = list;
                Wizard.Account = accounts.FirstOrDefault(a => a.Key == Wizard.AccountKey) ?? accounts.FirstOrDefault();

                Render();
                Context.Refresh();
            },
            error => body.Lines = [TextLine.Plain("Could not read the accounts: " + error.Message, Tone.Error)]);
    }

    private void MoveRow(int delta)
    {
        row = (row + delta + 6) % 6;
        Render();
    }

    private void Change()
    {
        switch (row)
        {
            case 0 when accounts.Count > 0:
                var index = accounts.ToList().FindIndex(a => a.Key == Wizard.AccountKey);
                Wizard.Account = accounts[(index + 1) % accounts.Count];
                break;
            case 1:
                Wizard.Target = Wizard.Target.KeepAlbums
                    ? Wizard.Target with { KeepAlbums = false, SingleAlbum = Wizard.Target.AlbumName }
                    : Wizard.Target with { KeepAlbums = true };
                break;
            case 2:
                EditAlbum();
                return;
            case 3:
                DateAndRatePrompts.EditSince(Context, Wizard.Target.Since, Wizard.Target.Until, text => Changed(Wizard.Target with { Since = text }));
                return;
            case 4:
                DateAndRatePrompts.EditUntil(Context, Wizard.Target.Since, Wizard.Target.Until, text => Changed(Wizard.Target with { Until = text }));
                return;
            case 5:
                DateAndRatePrompts.EditRate(Context, Wizard.Target.BandwidthLimit, text => Changed(Wizard.Target with { BandwidthLimit = text }));
                return;
        }

        Wizard.SaveSession();
        Render();
    }

    private void EditAlbum() =>
        Context.Overlays.Show(new PromptOverlay(Context, "Album name", "Put every imported file into this album:", Wizard.Target.AlbumName, t => string.IsNullOrWhiteSpace(t) ? "Type a name." : null, name =>
        {
            Wizard.Target = Wizard.Target with { KeepAlbums = false, SingleAlbum = name.Trim() };
            Wizard.SaveSession();
            Render();
        }));

    private void Changed(ImportTarget target)
    {
        Wizard.Target = target;
        Wizard.SaveSession();
        Render();
    }

    private void Start() => Wizard.Show(WizardStage.Upload);

    private void Render()
    {
        var report = Wizard.Report!;
        var skipped = Wizard.Book?.Decisions.Values.Count(r => r.Kind == ResolutionKind.Skip) ?? 0;
        TextLine Row(int index, string label, string value, string note) => TextLine.Of(
            new Span(index == row ? " ▸ " : "   ", Tone.Key),
            new Span(Cells.Pad(label, 12), Tone.Muted),
            new Span("‹ " + value + " ›", index == row ? Tone.Selected : Tone.Normal),
            new Span("  " + note, Tone.Muted));
        var lines = new List<TextLine>
        {
            TextLine.Plain($"Import {Formats.Count(report.MediaCount - skipped)} media files from {Formats.Count(report.Parts.Count, "part", "parts")}" + (skipped > 0 ? $" ({skipped} skipped)" : string.Empty), Tone.Strong),
            TextLine.Plain("Files already in the account are recognised and not uploaded twice; the upload can be stopped and resumed.", Tone.Muted),
            TextLine.Empty,
            accounts.Count == 0
                ? TextLine.Plain("   No account yet: go back (q) and add one on the accounts screen.", Tone.Warning)
                : Row(0, "Account", Wizard.Account is { } a ? $"{a.Email} ({a.ServerLabel})" : "?", accounts.Count > 1 ? "←/→ switches" : string.Empty),
            Row(1, "Albums", Wizard.Target.KeepAlbums ? $"keep the Takeout albums ({report.Albums.Count})" : "everything in one album", "files only in year folders go to Uncategorized"),
            Wizard.Target.KeepAlbums ? TextLine.Empty : Row(2, "Album name", Wizard.Target.AlbumName, "e edits"),
            Row(3, "Since", DateAndRatePrompts.Show(Wizard.Target.Since, "any date"), "capture time, inclusive; outside = left out"),
            Row(4, "Until", DateAndRatePrompts.Show(Wizard.Target.Until, "any date"), "a date includes its whole day"),
            Row(5, "Bandwidth", DateAndRatePrompts.Show(Wizard.Target.BandwidthLimit, "no limit"), "bytes/s for all uploads: 500k, 2M"),
            TextLine.Empty,
            TextLine.Of(new Span("Enter", Tone.Key), new Span(" starts the upload", Tone.Muted)),
        };
        body.Lines = lines;
    }
}
