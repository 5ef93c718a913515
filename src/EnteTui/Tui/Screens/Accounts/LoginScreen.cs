using EnteTui.Tui.Keymap;
using EnteTui.Tui.Shell;
using Terminal.Gui.Input;
using Terminal.Gui.ViewBase;

namespace EnteTui.Tui.Screens.Accounts;

/// <summary>
/// Log in to Ente or a self-hosted server: server, email, password, then whatever the server asks
/// (emailed code, authenticator code, passkey in a browser). Errors appear in place; Enter retries.
/// </summary>
public sealed class LoginScreen : Screen
{
    private readonly TuiServices services;
    private readonly AccountsScreen accounts;
    private readonly LoginForm form;
    private ILoginFlow? flow;
    private LoginStepKind? step;
    private string? startedFor;
    private CancellationTokenSource? waiting;
    private bool working;

    public LoginScreen(TuiContext context, TuiServices services, AccountsScreen accounts)
        : base(context)
    {
        this.services = services;
        this.accounts = accounts;
        form = new LoginForm(context.Painter);
        form.Server.Changed += () => form.ShowUrl(form.Server.SelfHosted);
        Keys = new KeyTable("Log in")
            .Primary([Key.Enter], () => "Log in", "Submit the form or the code", Submit, () => !working && step != LoginStepKind.Passkey)
            .Bind([Key.Enter, Key.C], "Check now", "Ask the server now whether the passkey was approved (as often as its limit allows)", CheckPasskeyNow, () => step == LoginStepKind.Passkey)
            .Bind([Key.CursorDown], null, "Next field", () => form.Credentials.AdvanceFocus(NavigationDirection.Forward, TabBehavior.TabStop), () => step is null)
            .Bind([Key.CursorUp], null, "Previous field", () => form.Credentials.AdvanceFocus(NavigationDirection.Backward, TabBehavior.TabStop), () => step is null)
            .Bind([Key.Space, Key.CursorLeft, Key.CursorRight], null, "Switch between Ente's servers and a self-hosted one", form.Server.Toggle, () => form.Server.HasFocus)
            .Bind([Key.Esc], "Back", "Back to the email and password (cancels a code or passkey step)", BackToCredentials, () => step is not null);
    }

    public override string Title => "Add account";

    public override KeyTable Keys { get; }

    public LoginForm Form => form;

    public LoginStepKind? Step => step;

    /// <summary>The open "passkey or authenticator code" question, if any.</summary>
    public ChoiceOverlay? SecondFactorChoice { get; private set; }

    public override void OnShown() => form.Email.SetFocus();

    public override void OnHidden()
    {
        waiting?.Cancel();
    }

    protected override View Build() => form;

    private void Submit()
    {
        switch (step)
        {
            case null or LoginStepKind.Password:
                SubmitCredentials();
                break;
            case LoginStepKind.EmailCode:
                Run(f => f.SubmitEmailCodeAsync(form.CodeField.Text.Trim(), CancellationToken.None), "Checking the code…");
                break;
            case LoginStepKind.Totp:
                Run(f => f.SubmitTotpAsync(form.CodeField.Text.Trim(), CancellationToken.None), "Checking the code…");
                break;
        }
    }

    private void SubmitCredentials()
    {
        var endpoint = Endpoints.Production;
        if (form.Server.SelfHosted)
        {
            var (url, error) = Endpoints.Parse(form.Url.Text);
            if (url is null)
            {
                form.ShowError(error!);
                form.Url.SetFocus();
                return;
            }

            endpoint = url;
        }

        var email = form.Email.Text.Trim();
        if (!email.Contains('@', StringComparison.Ordinal))
        {
            form.ShowError("Type the email address of your Ente account.");
            form.Email.SetFocus();
            return;
        }

        var password = form.Password.Text;
        var key = endpoint + "\n" + email;
        if (flow is not null && startedFor == key && step == LoginStepKind.Password)
        {
            Run(f => f.SubmitPasswordAsync(password, CancellationToken.None), "Checking the password…");
            return;
        }

        _ = flow?.DisposeAsync();
        flow = services.Accounts.StartLogin();
        startedFor = key;
        Run(
            async f =>
            {
                var next = await f.BeginAsync(endpoint, email, CancellationToken.None).ConfigureAwait(false);
                return next.Kind == LoginStepKind.Password && next.Error is null
                    ? await f.SubmitPasswordAsync(password, CancellationToken.None).ConfigureAwait(false)
                    : next;
            },
            "Contacting " + Endpoints.Describe(endpoint) + "…");
    }

    private void Run(Func<ILoginFlow, Task<LoginStep>> call, string message)
    {
        if (flow is null || working)
        {
            return;
        }

        working = true;
        form.ShowStatus(message);
        Context.Await(
            call(flow),
            next =>
            {
                working = false;
                Apply(next);
            },
            error =>
            {
                working = false;
                form.ShowError(error.Message);
                if (step is null or LoginStepKind.Password)
                {
                    flow = null;
                }
            });
    }

    private void Apply(LoginStep next)
    {
        var previous = step;
        step = next.Kind;
        switch (next.Kind)
        {
            case LoginStepKind.Password when previous is LoginStepKind.EmailCode && next.Error is null && form.Password.Text.Length > 0:
                // After an emailed code the password only unlocks the keys: use the one already typed.
                Run(f => f.SubmitPasswordAsync(form.Password.Text, CancellationToken.None), "Unlocking your keys…");
                return;
            case LoginStepKind.Password:
                form.ShowCredentials();
                form.Password.SetFocus();
                form.Password.SelectAll();
                break;
            case LoginStepKind.EmailCode:
                form.ShowCode($"Ente sent a code to {next.SentTo ?? form.Email.Text.Trim()}. Type it here:", "Email code");
                break;
            case LoginStepKind.Totp:
                form.ShowCode("Type the 6-digit code from your authenticator app:", "Code");
                break;
            case LoginStepKind.Passkey when next.TotpAvailable:
                AskSecondFactor(next.PasskeyUrl ?? string.Empty);
                break;
            case LoginStepKind.Passkey:
                form.ShowPasskey(next.PasskeyUrl ?? string.Empty);
                WaitForPasskey();
                break;
            case LoginStepKind.Done:
                Finish(next.Account!);
                return;
        }

        if (next.Error is not null)
        {
            form.ShowError(next.Error);
        }
    }

    /// <summary>The server allows both second factors (protocol notes §2.8): the user picks; the default is the code, which needs no browser.</summary>
    private void AskSecondFactor(string passkeyUrl)
    {
        form.ShowStatus("Choose a second factor.");
        SecondFactorChoice = Context.Overlays.Show(new ChoiceOverlay(
            Context,
            "Second factor",
            [
                TextLine.Plain("This account has a passkey and an authenticator app."),
                TextLine.Plain("Passkey: open a link in a browser (a QR code too)."),
                TextLine.Plain("Authenticator: type the 6-digit code from the app."),
            ],
            ["Cancel", "Passkey", "Authenticator code"],
            choice =>
            {
                SecondFactorChoice = null;
                switch (choice)
                {
                    case 1:
                        form.ShowPasskey(passkeyUrl);
                        WaitForPasskey();
                        break;
                    case 2:
                        step = LoginStepKind.Totp;
                        form.ShowCode("Type the 6-digit code from your authenticator app:", "Code");
                        break;
                    default:
                        BackToCredentials();
                        break;
                }
            }));
    }

    private void WaitForPasskey()
    {
        waiting = new CancellationTokenSource();
        var token = waiting.Token;
        Context.Await(
            flow!.WaitForPasskeyAsync(text => Context.App.Invoke(() => ShowPasskeyStatus(token, text)), token),
            next =>
            {
                if (!token.IsCancellationRequested)
                {
                    Apply(next);
                }
            },
            error =>
            {
                if (!token.IsCancellationRequested)
                {
                    form.ShowError(error.Message);
                }
            });
    }

    private void ShowPasskeyStatus(CancellationToken wait, string text)
    {
        if (!wait.IsCancellationRequested && step == LoginStepKind.Passkey)
        {
            form.ShowStatus(text);
        }
    }

    private void CheckPasskeyNow()
    {
        flow?.CheckPasskeyNow();
        form.ShowStatus("Checking whether the passkey was approved…");
    }

    private void BackToCredentials()
    {
        waiting?.Cancel();
        step = null;
        flow = null;
        form.ShowCredentials();
        form.ShowStatus(string.Empty);
        form.Password.SetFocus();
    }

    private void Finish(AccountInfo account)
    {
        _ = flow?.DisposeAsync();
        flow = null;
        Context.Navigator.Pop();
        accounts.Open(account);
    }
}
