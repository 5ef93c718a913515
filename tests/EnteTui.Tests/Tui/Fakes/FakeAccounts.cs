using EnteTui.Core.Accounts;
using EnteTui.Tui.Screens.Accounts;

namespace EnteTui.Tests.Tui.Fakes;

/// <summary>
/// Accounts in memory and a scripted login: the password is "secret"; emails starting with "otp"
/// get an emailed code, "totp" an authenticator code, "passkey" a passkey (verified when the test
/// calls <see cref="VerifyPasskey"/>), "both" a passkey with TOTP allowed. The right code is always 123456.
/// </summary>
public sealed class FakeAccounts : IAccountsBackend
{
    private readonly TaskCompletionSource passkey = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public List<AccountInfo> Stored { get; } = [];

    public List<string> Calls { get; } = [];

    public Task<IReadOnlyList<AccountInfo>> ListAsync(CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<AccountInfo>>(Stored.ToList());

    public Task RemoveAsync(AccountInfo account, CancellationToken cancellationToken)
    {
        Stored.RemoveAll(a => a.Key == account.Key);
        return Task.CompletedTask;
    }

    public ILoginFlow StartLogin() => new Flow(this);

    public void VerifyPasskey() => passkey.TrySetResult();

    public const string PasskeyUrl = "https://accounts.ente.com/passkeys/verify?passkeySessionID=abc&redirect=ente-cli://passkey&clientPackage=io.ente.photos";

    private sealed class Flow(FakeAccounts owner) : ILoginFlow
    {
        private string endpoint = string.Empty;
        private string email = string.Empty;

        public Task<LoginStep> BeginAsync(string endpoint, string email, CancellationToken cancellationToken)
        {
            owner.Calls.Add($"begin {endpoint} {email}");
            this.endpoint = endpoint;
            this.email = email;
            if (endpoint.Contains("unreachable", StringComparison.Ordinal))
            {
                throw new HttpRequestException($"Cannot reach {endpoint}. Check the URL and your network.");
            }

            return Task.FromResult(email.StartsWith("otp", StringComparison.Ordinal)
                ? new LoginStep(LoginStepKind.EmailCode, SentTo: email)
                : new LoginStep(LoginStepKind.Password));
        }

        public Task<LoginStep> SubmitPasswordAsync(string password, CancellationToken cancellationToken)
        {
            owner.Calls.Add("password");
            if (password != "secret")
            {
                return Task.FromResult(new LoginStep(LoginStepKind.Password, Error: "Incorrect password. Try again."));
            }

            return Task.FromResult(email.StartsWith("totp", StringComparison.Ordinal) ? new LoginStep(LoginStepKind.Totp)
                : email.StartsWith("passkey", StringComparison.Ordinal) ? new LoginStep(LoginStepKind.Passkey, PasskeyUrl: PasskeyUrl)
                : email.StartsWith("both", StringComparison.Ordinal) ? new LoginStep(LoginStepKind.Passkey, PasskeyUrl: PasskeyUrl, TotpAvailable: true)
                : Done());
        }

        public Task<LoginStep> SubmitEmailCodeAsync(string code, CancellationToken cancellationToken) =>
            Task.FromResult(code == "123456" ? Done() : new LoginStep(LoginStepKind.EmailCode, Error: "Incorrect code.", SentTo: email));

        public Task<LoginStep> SubmitTotpAsync(string code, CancellationToken cancellationToken) =>
            Task.FromResult(code == "123456" ? Done() : new LoginStep(LoginStepKind.Totp, Error: "Incorrect code."));

        public void CheckPasskeyNow() => owner.Calls.Add("check passkey");

        public async Task<LoginStep> WaitForPasskeyAsync(Action<string> onStatus, CancellationToken cancellationToken)
        {
            await owner.passkey.Task.WaitAsync(cancellationToken).ConfigureAwait(false);
            return Done();
        }

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;

        private LoginStep Done()
        {
            var account = TestAccounts.Of(email, endpoint, "/tmp/export-" + email);
            owner.Stored.RemoveAll(a => a.Key == account.Key);
            owner.Stored.Add(account);
            return new LoginStep(LoginStepKind.Done, Account: account);
        }
    }
}
