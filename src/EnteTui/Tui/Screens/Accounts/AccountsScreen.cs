using EnteTui.Tui.Keymap;
using EnteTui.Tui.Screens.Albums;
using EnteTui.Tui.Screens.TakeoutWizard;
using EnteTui.Tui.Shell;
using Terminal.Gui.Input;
using Terminal.Gui.ViewBase;
using Terminal.Gui.Views;

namespace EnteTui.Tui.Screens.Accounts;

/// <summary>Pick a stored account or add one. Enter opens the account's albums.</summary>
public sealed class AccountsScreen : Screen
{
    private readonly TuiServices services;
    private readonly LineListSource<AccountInfo?> source;
    private ListView? list;
    private SpanView? status;
    private string? selectAfterLoad;

    public AccountsScreen(TuiContext context, TuiServices services)
        : base(context)
    {
        this.services = services;
        source = new LineListSource<AccountInfo?>(context.Painter, RenderRow);
        Keys = new KeyTable("Accounts")
            .Primary([Key.Enter, Key.L, Key.CursorRight], () => "Open", "Open the account's albums, or add an account on the last row", OpenSelected)
            .Bind([Key.A], "Add", "Add an account (log in)", AddAccount)
            .Bind([Key.D, Key.DeleteChar], "Remove", "Remove the selected account from this machine (asks first)", RemoveSelected, () => Selected is not null)
            .Bind([Key.T], "Takeout", "Import a Google Takeout into Ente", OpenTakeout)
            .Bind([Key.R, Key.F5], null, "Reload the account list", Reload)
            .BindMovement(() => list);
    }

    public override string Title => "Accounts";

    public override KeyTable Keys { get; }

    public IReadOnlyList<AccountInfo> Accounts => source.Items.OfType<AccountInfo>().ToList();

    private AccountInfo? Selected => list?.SelectedItem is int i && i < source.Count ? source.Items[i] : null;

    public override void OnShown()
    {
        Reload();
        list?.SetFocus();
    }

    /// <summary>Opens the albums of <paramref name="account"/> (after a login, or from the demo).</summary>
    public void Open(AccountInfo account)
    {
        selectAfterLoad = account.Key;
        Context.Navigator.Push(new AlbumsScreen(Context, services, account));
    }

    protected override View Build()
    {
        var root = new View { CanFocus = true };
        var heading = new SpanView(Context.Painter)
        {
            X = 1,
            Y = 1,
            Height = 2,
            Lines =
            [
                TextLine.Plain("Accounts on this machine", Tone.Strong),
                TextLine.Plain("Each keeps its own server, export folder and album selection.", Tone.Muted),
            ],
        };
        list = new ListView { X = 1, Y = 4, Width = Dim.Fill(1), Height = Dim.Fill(3), Source = source };
        status = new SpanView(Context.Painter) { X = 1, Y = Pos.AnchorEnd(2), Height = 1, Width = Dim.Fill(1) };
        root.Add(heading, list, status);
        return root;
    }

    private TextLine RenderRow(AccountInfo? account, int width)
    {
        if (account is null)
        {
            return TextLine.Of(new Span("  + ", Tone.Key), new Span("Add an account"));
        }

        var emailWidth = Math.Min(34, Math.Max(16, width / 3));
        var serverWidth = Math.Min(24, Math.Max(10, width / 4));
        return TextLine.Of(
            new Span("  " + Cells.Pad(account.Email, emailWidth) + "  "),
            new Span(Cells.Pad(account.ServerLabel, serverWidth) + "  ", Tone.Muted),
            new Span(account.ExportDir ?? "no export folder yet", Tone.Muted));
    }

    private void Reload()
    {
        ShowStatus(TextLine.Plain("Loading accounts…", Tone.Muted));
        Context.Await(
            services.Accounts.ListAsync(CancellationToken.None),
            accounts =>
            {
                var rows = accounts.OrderBy(a => a.Email, StringComparer.OrdinalIgnoreCase).Cast<AccountInfo?>().Append(null).ToList();
                source.SetItems(rows);
                var index = rows.FindIndex(a => a is not null && a.Key == selectAfterLoad);
                if (list is not null)
                {
                    list.SelectedItem = Math.Max(0, index);
                }

                ShowStatus(accounts.Count == 0
                    ? TextLine.Of(new Span("No accounts yet. Press "), new Span("Enter", Tone.Key), new Span(" to add one."))
                    : TextLine.Empty);
            },
            error => ShowStatus(TextLine.Plain("Could not read the accounts: " + error.Message, Tone.Error)));
    }

    private void OpenSelected()
    {
        if (Selected is { } account)
        {
            Open(account);
        }
        else
        {
            AddAccount();
        }
    }

    private void AddAccount() => Context.Navigator.Push(new LoginScreen(Context, services, this));

    private void OpenTakeout() => Context.Navigator.Push(TakeoutWizardScreen.Resume(Context, services));

    private void RemoveSelected()
    {
        if (Selected is not { } account)
        {
            return;
        }

        Context.Overlays.Confirm(
            "Remove account?",
            $"Forget {account.Email} on this machine? Exported files stay where they are.",
            confirmText: "Remove",
            cancelText: "Keep",
            onConfirm: () => Context.Await(
                services.Accounts.RemoveAsync(account, CancellationToken.None),
                Reload,
                error => ShowStatus(TextLine.Plain("Could not remove the account: " + error.Message, Tone.Error))));
    }

    private void ShowStatus(TextLine line)
    {
        if (status is not null)
        {
            status.Lines = [line];
        }
    }
}
