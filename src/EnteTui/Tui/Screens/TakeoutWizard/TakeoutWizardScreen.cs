using EnteTui.Tui.Keymap;
using EnteTui.Tui.Screens.Accounts;
using EnteTui.Tui.Shell;
using Terminal.Gui.ViewBase;

namespace EnteTui.Tui.Screens.TakeoutWizard;

/// <summary>
/// The Takeout import wizard: parts → scan → summary → resolve unmatched → target → upload → done.
/// Its place (parts, step, target, the item being resolved) is saved as it changes, and the
/// resolutions as they are made, so leaving and coming back resumes where it was.
/// </summary>
public sealed class TakeoutWizardScreen : Screen
{
    private static readonly KeyTable NoKeys = new("Takeout import");
    private readonly Dictionary<WizardStage, StagePanel> panels = [];
    private readonly SpanView stageBar;
    private readonly View host;
    private StagePanel? current;
    private WizardStage? resumeAt;
    private (string Email, string Endpoint)? resumedAccount;
    private bool finished;

    private TakeoutWizardScreen(TuiContext context, TuiServices services)
        : base(context)
    {
        Services = services;
        stageBar = new SpanView(context.Painter) { X = 1, Y = 1, Height = 1, Width = Dim.Fill(1) };
        host = new View { X = 1, Y = 3, Width = Dim.Fill(1), Height = Dim.Fill(), CanFocus = true };
    }

    public override string Title => "Takeout import";

    public override string? Detail => ChosenAccount?.Email;

    public override KeyTable Keys => current?.Keys ?? NoKeys;

    public override bool IsBusy => current?.IsBusy ?? false;

    public override string BusyQuestion => current?.Stage == WizardStage.Scan
        ? "The scan is running. Stop it?"
        : "The upload is running. Stop it after the files in flight? Importing again continues where it stopped.";

    public TuiContext Tui => Context;

    public TuiServices Services { get; }

    public ITakeoutBackend Takeout => Services.Takeout;

    public IReadOnlyList<string> Parts { get; private set; } = [];

    public TakeoutReport? Report { get; private set; }

    public ResolutionBook? Book { get; private set; }

    public AccountInfo? Account { get; set; }

    /// <summary>The key of the chosen account, or of the one a resumed session named until the accounts are read.</summary>
    public string? AccountKey => ChosenAccount is { } chosen ? AccountLabels.KeyOf(chosen.Email, chosen.Endpoint) : null;

    public ImportTarget Target { get; set; } = ImportTarget.Albums;

    public string? CurrentMedia { get; private set; }

    /// <summary>The user chose to import although parts are damaged (`--allow-damaged`); asked after each scan that finds damage.</summary>
    public bool AllowDamaged { get; private set; }

    public WizardStage Stage => current?.Stage ?? WizardStage.Parts;

    public StagePanel? Panel => current;

    /// <summary>The account picked, or the one a resumed session named until the accounts are read.</summary>
    private (string Email, string Endpoint)? ChosenAccount => Account is { } account ? (account.Email, account.Endpoint) : resumedAccount;

    /// <summary>Opens the wizard where it was left (or at the start).</summary>
    public static TakeoutWizardScreen Resume(TuiContext context, TuiServices services)
    {
        var screen = new TakeoutWizardScreen(context, services);
        if (services.Takeout.LoadSession() is { } session)
        {
            screen.Parts = session.Parts;
            screen.Target = new ImportTarget(session.KeepAlbums, session.SingleAlbum) { Since = session.Since, Until = session.Until, BandwidthLimit = session.BandwidthLimit };
            screen.CurrentMedia = session.CurrentMedia;
            screen.resumeAt = session.Stage > WizardStage.Scan && session.Parts.Count > 0 ? session.Stage : null;
            if (session.AccountEmail is { } email && session.AccountEndpoint is { } endpoint)
            {
                screen.resumedAccount = (email, endpoint);
            }
        }

        return screen;
    }

    public override void OnShown()
    {
        if (current is null)
        {
            Show(resumeAt is null ? WizardStage.Parts : WizardStage.Scan);
        }
        else
        {
            current.Enter();
        }
    }

    public override void OnHidden() => current?.Leave();

    public override Task StopAsync() => current?.StopAsync() ?? Task.CompletedTask;

    public void Show(WizardStage stage)
    {
        current?.Leave();
        host.RemoveAll();
        current = PanelFor(stage);
        host.Add(current);
        stageBar.Lines = [StageBar.Render(stage)];
        SaveSession();
        current.Enter();
        Context.Refresh();
    }

    public void SetParts(IReadOnlyList<string> parts)
    {
        Parts = parts;
        SaveSession();
    }

    public void StartScan() => Show(WizardStage.Scan);

    public void ScanDone(TakeoutReport report)
    {
        Report = report;
        Book = new ResolutionBook(Takeout, report);
        var next = resumeAt switch
        {
            WizardStage.Resolve when report.Unmatched.Count > 0 => WizardStage.Resolve,
            WizardStage.Target or WizardStage.Upload => WizardStage.Target,
            _ => WizardStage.Summary,
        };
        resumeAt = null;
        AllowDamaged = false;
        if (report.DamagedParts.Count == 0)
        {
            Show(next);
            return;
        }

        Show(WizardStage.Summary);
        AskAboutDamagedParts(report.DamagedParts, next);
    }

    /// <summary>As `takeout import` refuses damaged parts without `--allow-damaged`: import what could be read, or go back to the parts.</summary>
    private void AskAboutDamagedParts(IReadOnlyList<PartSummary> damaged, WizardStage next)
    {
        var lines = new List<TextLine>
        {
            TextLine.Plain(DamagedParts.Describe([.. damaged.Select(p => (p.Number, p.Path))]) + ".", Tone.Error),
            TextLine.Plain("Entries after the damage are lost, and they may be the sidecars", Tone.Normal),
            TextLine.Plain("(dates, places, captions) of photos in the other parts.", Tone.Normal),
            TextLine.Empty,
            TextLine.Plain("Go back to download the part again, or import what could be read.", Tone.Muted),
        };
        Context.Overlays.Show(new ChoiceOverlay(Context, "Damaged parts", lines, ["Go back", "Import anyway"], choice =>
        {
            if (choice == 1)
            {
                AllowDamaged = true;
                if (next != WizardStage.Summary)
                {
                    Show(next);
                }
            }
            else
            {
                Show(WizardStage.Parts);
            }
        }));
    }

    public void ScanFailed(string message)
    {
        resumeAt = null;
        Show(WizardStage.Parts);
        Context.Overlays.Message("The scan failed", [TextLine.Plain(message, Tone.Error)]);
    }

    public void AfterSummary() => Show(Report!.Unmatched.Count > 0 ? WizardStage.Resolve : WizardStage.Target);

    public void Remember(string mediaPath)
    {
        if (CurrentMedia != mediaPath)
        {
            CurrentMedia = mediaPath;
            SaveSession();
        }
    }

    public ImportRequest BuildImportRequest() => new(Account!, Parts, Report!, Book!.Decisions, Target, AllowDamaged);

    /// <summary>The upload finished: the next visit starts a new import.</summary>
    public void Completed()
    {
        stageBar.Lines = [StageBar.Render(WizardStage.Done)];
        Takeout.SaveSession(new WizardSession([], WizardStage.Parts));
        finished = true;
    }

    public void Close() => Context.Navigator.Pop();

    public void SaveSession()
    {
        if (finished)
        {
            return;
        }

        Takeout.SaveSession(new WizardSession(Parts, Stage, ChosenAccount?.Email, ChosenAccount?.Endpoint, Target.KeepAlbums, Target.SingleAlbum, CurrentMedia)
        {
            Since = Target.Since,
            Until = Target.Until,
            BandwidthLimit = Target.BandwidthLimit,
        });
    }

    protected override View Build()
    {
        var root = new View { CanFocus = true };
        root.Add(stageBar, host);
        return root;
    }

    private StagePanel PanelFor(WizardStage stage)
    {
        if (!panels.TryGetValue(stage, out var panel))
        {
            panel = stage switch
            {
                WizardStage.Parts => new PartsPanel(this),
                WizardStage.Scan => new ScanPanel(this),
                WizardStage.Summary => new SummaryPanel(this),
                WizardStage.Resolve => new ResolvePanel(this),
                WizardStage.Target => new TargetPanel(this),
                _ => new UploadPanel(this),
            };
            panels[stage] = panel;
        }

        return panel;
    }
}
