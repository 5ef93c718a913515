using EnteTui.Tui.Shell;

namespace EnteTui.Tui.Screens.TakeoutWizard;

/// <summary>The wizard's step line: done steps muted, the current one strong, the rest plain.</summary>
public static class StageBar
{
    private static readonly (WizardStage Stage, string Name)[] Steps =
    [
        (WizardStage.Parts, "Parts"),
        (WizardStage.Scan, "Scan"),
        (WizardStage.Summary, "Summary"),
        (WizardStage.Resolve, "Resolve"),
        (WizardStage.Target, "Target"),
        (WizardStage.Upload, "Upload"),
        (WizardStage.Done, "Done"),
    ];

    public static TextLine Render(WizardStage current)
    {
        var spans = new List<Span>();
        for (var i = 0; i < Steps.Length; i++)
        {
            if (i > 0)
            {
                spans.Add(new Span(" › ", Tone.Muted));
            }

            var (stage, name) = Steps[i];
            var tone = stage == current ? Tone.Key : stage < current ? Tone.Muted : Tone.Normal;
            spans.Add(new Span($"{i + 1} {name}", tone));
        }

        return new TextLine(spans);
    }
}
