namespace EnteTui.Tui.Screens.TakeoutWizard;

/// <summary>The wizard's steps, in order.</summary>
public enum WizardStage
{
    Parts,
    Scan,
    Summary,
    Resolve,
    Target,
    Upload,
    Done,
}
