using EnteTui.Tui.Shell;
using Terminal.Gui.Input;
using Terminal.Gui.ViewBase;
using Terminal.Gui.Views;

namespace EnteTui.Tui.Screens.TakeoutWizard;

/// <summary>Step 1: the Takeout parts, typed (a path or a pattern for many parts) or picked in a file browser.</summary>
public sealed class PartsPanel : StagePanel
{
    private readonly LineListSource<string> source;
    private readonly ListView list;
    private readonly SpanView status;

    public PartsPanel(TakeoutWizardScreen wizard)
        : base(wizard, "Takeout parts")
    {
        source = new LineListSource<string>(Context.Painter, RenderPart);
        var intro = new SpanView(Context.Painter)
        {
            Height = 2,
            Lines =
            [
                TextLine.Plain("Choose the parts of your Google Takeout (.zip or .tgz, or an extracted folder).", Tone.Normal),
                TextLine.Of(new Span("a", Tone.Key), new Span(" types a path or a pattern such as ~/Downloads/takeout-*.zip   ", Tone.Muted), new Span("b", Tone.Key), new Span(" browses", Tone.Muted)),
            ],
        };
        list = new ListView { Y = 3, Width = Dim.Fill(), Height = Dim.Fill(2), Source = source };
        status = new SpanView(Context.Painter) { Y = Pos.AnchorEnd(1), Height = 1 };
        Add(intro, list, status);
        Keys.Bind([Key.A], "Add", "Add parts by path or pattern (a glob in the file name adds many)", AddTyped)
            .Bind([Key.B], "Browse", "Pick parts in a file browser", Browse)
            .Bind([Key.D, Key.DeleteChar], "Remove", "Remove the selected part", Remove, () => source.Count > 0)
            .Primary([Key.Enter], () => "Scan", "Scan the parts", () => Wizard.StartScan(), () => source.Count > 0)
            .BindMovement(() => list);
    }

    public override WizardStage Stage => WizardStage.Parts;

    public override void Enter()
    {
        source.SetItems(Wizard.Parts.ToList());
        Update();
        list.SetFocus();
    }

    private static string Home => Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);

    private TextLine RenderPart(string path, int width)
    {
        var size = File.Exists(path) ? Formats.Bytes(new FileInfo(path).Length) : "folder";
        return TextLine.Of(
            new Span("  " + Cells.Pad(Path.GetFileName(path), Math.Max(10, width - 44))),
            new Span(Cells.PadLeft(size, 10) + "  ", Tone.Muted),
            new Span(Cells.Fit(Path.GetDirectoryName(path) ?? string.Empty, 30), Tone.Muted));
    }

    private void AddTyped() =>
        Context.Overlays.Show(new PromptOverlay(Context, "Add parts", "A part, an extracted folder, or a pattern for many parts:", string.Empty, text => PartPatterns.Expand(text, Home).Error, text =>
        {
            AddParts(PartPatterns.Expand(text, Home).Parts);
        }));

    private void Browse() =>
        Context.Overlays.Show(new PartPickerOverlay(Context, Wizard.Parts.Count > 0 ? Path.GetDirectoryName(Wizard.Parts[^1])! : Home, AddParts));

    private void AddParts(IReadOnlyList<string> parts)
    {
        Wizard.SetParts(Wizard.Parts.Concat(parts).Distinct(StringComparer.Ordinal).ToList());
        source.SetItems(Wizard.Parts.ToList());
        list.SelectedItem = Math.Max(0, source.Count - 1);
        Update();
    }

    private void Remove()
    {
        if (list.SelectedItem is int index && index < source.Count)
        {
            Wizard.SetParts(Wizard.Parts.Where((_, i) => i != index).ToList());
            source.SetItems(Wizard.Parts.ToList());
            Update();
        }
    }

    private void Update()
    {
        var total = Wizard.Parts.Where(File.Exists).Sum(p => new FileInfo(p).Length);
        status.Lines =
        [
            Wizard.Parts.Count == 0
                ? TextLine.Plain("No parts yet.", Tone.Muted)
                : TextLine.Of(new Span($"{Formats.Count(Wizard.Parts.Count, "part", "parts")} · {Formats.Bytes(total)}   "), new Span("Enter", Tone.Key), new Span(" scans them", Tone.Muted)),
        ];
        Context.Refresh();
    }
}
