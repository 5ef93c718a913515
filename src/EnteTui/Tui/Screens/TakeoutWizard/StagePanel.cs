using EnteTui.Tui.Keymap;
using EnteTui.Tui.Shell;
using Terminal.Gui.ViewBase;

namespace EnteTui.Tui.Screens.TakeoutWizard;

/// <summary>One step of the Takeout wizard: its view and its key table.</summary>
public abstract class StagePanel : View
{
    protected StagePanel(TakeoutWizardScreen wizard, string title)
    {
        Wizard = wizard;
        CanFocus = true;
        Width = Dim.Fill();
        Height = Dim.Fill();
        Keys = new KeyTable(title);
    }

    public abstract WizardStage Stage { get; }

    public KeyTable Keys { get; }

    public virtual bool IsBusy => false;

    protected TakeoutWizardScreen Wizard { get; }

    protected TuiContext Context => Wizard.Tui;

    public virtual void Enter()
    {
    }

    public virtual void Leave()
    {
    }

    public virtual Task StopAsync() => Task.CompletedTask;
}
