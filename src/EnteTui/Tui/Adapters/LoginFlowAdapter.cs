using EnteTui.Core.Accounts.Login;
using EnteTui.Tui.Screens.Accounts;
using LoginStep = EnteTui.Tui.Screens.Accounts.LoginStep;

namespace EnteTui.Tui.Adapters;

/// <summary>Maps the service layer's <see cref="LoginFlow"/> steps to the login screen's, and stores the account when done.</summary>
public sealed class LoginFlowAdapter(AccountStore store, LoginFlowFactory flows, SessionCache sessions) : ILoginFlow
{
    private readonly PasskeyCheckTrigger trigger = new();
    private LoginFlow? flow;

    public async Task<LoginStep> BeginAsync(string endpoint, string email, CancellationToken cancellationToken)
    {
        flow = flows.Create(endpoint, email);
        return Map(await flow.StartAsync(cancellationToken: cancellationToken).ConfigureAwait(false));
    }

    public async Task<LoginStep> SubmitPasswordAsync(string password, CancellationToken cancellationToken) =>
        Map(await Flow.SubmitPasswordAsync(password, cancellationToken).ConfigureAwait(false));

    public async Task<LoginStep> SubmitEmailCodeAsync(string code, CancellationToken cancellationToken) =>
        Map(await Flow.SubmitEmailCodeAsync(code, cancellationToken).ConfigureAwait(false));

    public async Task<LoginStep> SubmitTotpAsync(string code, CancellationToken cancellationToken) =>
        Map(await Flow.SubmitTotpAsync(code, cancellationToken).ConfigureAwait(false));

    public async Task<LoginStep> WaitForPasskeyAsync(Action<string> onStatus, CancellationToken cancellationToken)
    {
        var wait = new PasskeyWait { Trigger = trigger, OnStatus = status => onStatus(PasskeyWaitText.Describe(status)) };
        return Map(await Flow.WaitForPasskeyAsync(wait, cancellationToken).ConfigureAwait(false));
    }

    public void CheckPasskeyNow() => trigger.CheckNow();

    public ValueTask DisposeAsync()
    {
        flow = null;
        return ValueTask.CompletedTask;
    }

    private LoginFlow Flow => flow ?? throw new InvalidOperationException("The login has not started.");

    private LoginStep Map(Core.Accounts.Login.LoginStep step) => step switch
    {
        NeedPassword p => new LoginStep(LoginStepKind.Password, p.Error),
        NeedEmailCode c => new LoginStep(LoginStepKind.EmailCode, c.Error, SentTo: c.Email),
        NeedTotp t => new LoginStep(LoginStepKind.Totp, t.Error),
        NeedPasskey k => new LoginStep(LoginStepKind.Passkey, PasskeyUrl: k.VerificationUrl, TotpAvailable: k.TotpAvailable),
        LoginCompleted done => Complete(done.Result),
        _ => throw new InvalidOperationException($"Unexpected login step {step.GetType().Name}."),
    };

    private LoginStep Complete(LoginResult result)
    {
        var saved = store.Save(result);
        sessions.Forget(saved.Email);
        return new LoginStep(LoginStepKind.Done, Account: saved);
    }
}
