using EnteTui.Tui.Keymap;
using EnteTui.Tui.Shell;
using Terminal.Gui.ViewBase;

namespace EnteTui.Tui.Screens.TakeoutWizard;

/// <summary>The Takeout import wizard (placeholder while the steps are built).</summary>
public sealed class TakeoutWizardScreen : Screen
{
    private TakeoutWizardScreen(TuiContext context, TuiServices services)
        : base(context)
    {
        _ = services;
        Keys = new KeyTable("Takeout import");
    }

    public override string Title => "Takeout import";

    public override KeyTable Keys { get; }

    public static TakeoutWizardScreen Resume(TuiContext context, TuiServices services) => new(context, services);

    protected override View Build() => new SpanView(Context.Painter) { Lines = [TextLine.Plain("Takeout import")] };
}
