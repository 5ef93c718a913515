using EnteTui.Tui.Shell;
using Terminal.Gui.Input;
using Terminal.Gui.ViewBase;
using Terminal.Gui.Views;

namespace EnteTui.Tui.Screens.TakeoutWizard;

/// <summary>
/// Step 4: each media file without a sidecar, its ranked candidates (dates, places) and the date
/// it would get without one. Pick a candidate (1–9), search any sidecar (s), use the fallback date
/// (f) or skip (x); F/X do the same for every undecided file in the folder. Saved as you go.
/// </summary>
public sealed class ResolvePanel : StagePanel
{
    private readonly SpanView counts;
    private readonly LineListSource<UnmatchedMedia> source;
    private readonly ListView list;
    private readonly LiveText detail;

    public ResolvePanel(TakeoutWizardScreen wizard)
        : base(wizard, "Resolve unmatched")
    {
        counts = new SpanView(Context.Painter) { Height = 1 };
        source = new LineListSource<UnmatchedMedia>(Context.Painter, RenderItem);
        list = new ListView { Y = 2, Width = Dim.Fill(), Source = source };
        list.Height = Dim.Func(_ => Math.Clamp(source.Count, 3, Math.Max(3, Frame.Height * 2 / 5)));
        detail = new LiveText(Context.Painter, DetailLines) { Y = Pos.Bottom(list) + 1, Height = Dim.Fill() };
        list.ValueChanged += (_, _) => ShowDetail();
        Add(counts, list, detail);
        for (var n = 1; n <= 9; n++)
        {
            var index = n - 1;
            Keys.Bind([new Key((char)('0' + n))], n == 1 ? "Pick" : null, $"Use candidate {n}", () => Pick(index), () => Current?.Candidates.Count > index);
        }

        Keys.Bind([Key.F], "Fallback", "Import without a sidecar, with the date shown (EXIF, name or folder)", () => Decide(Resolution.Fallback))
            .Bind([Key.X], "Skip", "Do not import this file", () => Decide(Resolution.Skip))
            .Bind([Key.S], "Search", "Search every sidecar by name and pick one", Search)
            .Bind([Key.U], null, "Undo: make this file undecided again", Undo)
            .Bind([Key.F.WithShift], null, "Fallback date for every undecided file in this folder", () => Bulk(Resolution.Fallback))
            .Bind([Key.X.WithShift], null, "Skip every undecided file in this folder", () => Bulk(Resolution.Skip))
            .Bind([Key.Tab, Key.N], null, "Next undecided file", NextUndecided)
            .Primary([Key.Enter, Key.C], () => "Continue", "Go on to choose where to import (undecided files use their fallback date)", Continue)
            .BindMovement(() => list);
    }

    public override WizardStage Stage => WizardStage.Resolve;

    public ListView List => list;

    public string DetailText => detail.Rendered;

    private ResolutionBook Book => Wizard.Book!;

    private UnmatchedMedia? Current => list.SelectedItem is int i && i < source.Count ? source.Items[i] : null;

    public override void Enter()
    {
        source.SetItems(Book.Items);
        var resume = Wizard.CurrentMedia is { } path ? Book.Items.ToList().FindIndex(m => m.Path == path) : -1;
        list.SelectedItem = source.Count == 0 ? null : resume >= 0 ? resume : Book.NextUndecided(source.Count - 1);
        list.SetFocus();
        Update();
    }

    private TextLine RenderItem(UnmatchedMedia media, int width)
    {
        var (mark, tone) = Book.For(media)?.Kind switch
        {
            ResolutionKind.Sidecar => ("✓ ", Tone.Success),
            ResolutionKind.Fallback => ("◷ ", Tone.Muted),
            ResolutionKind.Skip => ("✗ ", Tone.Warning),
            _ => ("○ ", Tone.Key),
        };
        return TextLine.Of(new Span(" " + mark, tone), new Span(Cells.PadPath(media.Path, Math.Max(10, width - 12))), new Span(Cells.PadLeft("part " + media.Part, 9), Tone.Muted));
    }

    private void ShowDetail()
    {
        if (Current is { } media)
        {
            Wizard.Remember(media.Path);
        }

        detail.SetNeedsDraw();
    }

    private List<TextLine> DetailLines(int width, int height)
    {
        if (Current is not { } media)
        {
            return [TextLine.Plain("Nothing to resolve: every media file has its sidecar.", Tone.Success)];
        }

        var lines = new List<TextLine>
        {
            TextLine.Of(new Span(media.Name, Tone.Strong), new Span($"   in {(media.Folder.Length == 0 ? "the root" : media.Folder)}, part {media.Part}", Tone.Muted)),
            TextLine.Of(new Span("Without a sidecar: ", Tone.Muted), new Span(DateText(media.Fallback.Value)), new Span(media.Fallback.Value is null ? string.Empty : $"  (from {DateSourceText.Describe(media.Fallback.Source)})", Tone.Muted)),
            Decision(media),
        };
        if (media.Candidates.Count == 0)
        {
            lines.Add(TextLine.Of(new Span("No likely sidecar. ", Tone.Muted), new Span("s", Tone.Key), new Span(" searches all sidecars by name.", Tone.Muted)));
        }
        else
        {
            lines.Add(TextLine.Plain("Candidates, most likely first:", Tone.Muted));
            for (var i = 0; i < Math.Min(9, media.Candidates.Count); i++)
            {
                lines.Add(CandidateLine(i + 1, media.Candidates[i], Book.For(media)?.SidecarPath == media.Candidates[i].Path, width));
            }
        }

        return lines;
    }

    public static TextLine CandidateLine(int number, SidecarCandidate candidate, bool chosen, int width) =>
        TextLine.Of(
            new Span($" {number} ", Tone.Key),
            new Span((chosen ? "✓ " : "  ") + Cells.PadPath(Path.GetFileName(candidate.Path), Math.Clamp(width - 38, 16, 60)) + " ", chosen ? Tone.Success : Tone.Normal),
            new Span(Cells.Pad(DateText(candidate.TakenAt), 17) + " ", Tone.Muted),
            new Span(candidate.Place ?? string.Empty, Tone.Muted));

    private static string DateText(DateTimeOffset? when) =>
        when is { } value ? value.ToString("yyyy-MM-dd HH:mm", Formats.Culture) : "no date found";

    private TextLine Decision(UnmatchedMedia media) => Book.For(media) switch
    {
        { Kind: ResolutionKind.Sidecar } r => TextLine.Of(new Span("Decided: ", Tone.Muted), new Span("use " + Path.GetFileName(r.SidecarPath!), Tone.Success)),
        { Kind: ResolutionKind.Fallback } => TextLine.Of(new Span("Decided: ", Tone.Muted), new Span("import with the date above")),
        { Kind: ResolutionKind.Skip } => TextLine.Of(new Span("Decided: ", Tone.Muted), new Span("skip this file", Tone.Warning)),
        _ => TextLine.Plain("Undecided.", Tone.Key),
    };

    private void Pick(int index)
    {
        if (Current is { } media && index < media.Candidates.Count)
        {
            Decide(Resolution.Use(media.Candidates[index].Path));
        }
    }

    private void Decide(Resolution resolution)
    {
        if (Current is not { } media)
        {
            return;
        }

        Book.Decide(media, resolution);
        if (list.SelectedItem is int index)
        {
            list.SelectedItem = Book.Undecided > 0 ? Book.NextUndecided(index) : index;
        }

        Update();
    }

    private void Undo()
    {
        if (Current is { } media)
        {
            Book.Clear(media);
        }

        Update();
    }

    private void Bulk(Resolution resolution)
    {
        if (Current is not { } media)
        {
            return;
        }

        var folder = media.Folder;
        var count = Book.DecideAll(m => m.Folder == folder, resolution);
        Update();
        Context.Overlays.Message("Done", [TextLine.Plain($"{Formats.Count(count, "undecided file", "undecided files")} in {(folder.Length == 0 ? "the root" : folder)}: " + (resolution.Kind == ResolutionKind.Skip ? "skipped." : "fallback date."))]);
    }

    private void NextUndecided()
    {
        if (list.SelectedItem is int index)
        {
            list.SelectedItem = Book.NextUndecided(index);
        }
    }

    private void Search()
    {
        if (Current is not { } media)
        {
            return;
        }

        Context.Overlays.Show(new SidecarSearchOverlay(Context, Wizard.Takeout, Book.Report, Path.GetFileNameWithoutExtension(media.Name), chosen => Decide(Resolution.Use(chosen.Path))));
    }

    private void Continue()
    {
        if (Book.Undecided == 0)
        {
            Wizard.Show(WizardStage.Target);
            return;
        }

        Context.Overlays.Confirm(
            "Undecided files",
            $"{Formats.Count(Book.Undecided, "file is", "files are")} still undecided; they will be imported with their fallback dates.",
            confirmText: "Continue",
            cancelText: "Keep resolving",
            onConfirm: () => Wizard.Show(WizardStage.Target));
    }

    private void Update()
    {
        counts.Lines =
        [
            TextLine.Of(
                new Span($"{Formats.Count(Book.Items.Count)} media files without a sidecar · ", Tone.Muted),
                new Span($"{Formats.Count(Book.Decided)} decided", Tone.Success),
                new Span(" · "),
                new Span($"{Formats.Count(Book.Undecided)} to go", Book.Undecided > 0 ? Tone.Warning : Tone.Muted),
                new Span("   saved as you go", Tone.Muted)),
        ];
        list.SetNeedsDraw();
        ShowDetail();
        Context.Refresh();
    }
}
