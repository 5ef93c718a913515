using EnteTui.Core.Accounts.Login;

namespace EnteTui.Cli.Account;

/// <summary>
/// Drives a <see cref="LoginFlow"/> from the command line. Interactive (stdin is a terminal): prompts,
/// and lets a wrong password or code be typed again. Otherwise everything comes from options,
/// <c>--password-stdin</c> or <c>ENTE_PASSWORD</c>; anything missing or wrong stops with a message.
/// </summary>
internal sealed class ConsoleLogin
{
    private const int MaxTries = 3;

    private readonly CliHost host;
    private readonly AddAccountRequest request;
    private readonly bool interactive;
    private string? password;
    private bool emailCodeUsed;
    private bool totpUsed;
    private int tries;

    public ConsoleLogin(CliHost host, AddAccountRequest request)
    {
        this.host = host;
        this.request = request;
        interactive = !host.Console.IsInputRedirected;
    }

    /// <summary>The login result, or null (with the exit code) after a message explaining why not.</summary>
    public async Task<(LoginResult? Result, int ExitCode)> RunAsync(CancellationToken cancellationToken)
    {
        var flow = host.Get<LoginFlowFactory>().Create(request.Endpoint, request.Email);
        var step = await flow.StartAsync(sendEmailCode: request.EmailCode is null, cancellationToken);
        while (true)
        {
            if (Rejected(step) is { } error)
            {
                host.Console.Error.WriteLine(error);
                if (!interactive || ++tries >= MaxTries)
                {
                    return (null, ExitCodes.Failure);
                }
            }

            switch (step)
            {
                case LoginCompleted done:
                    return (done.Result, ExitCodes.Success);
                case NeedPassword need:
                    var typed = need.Error is null ? ObtainPassword() : PasswordInput.Prompt(host);
                    if (typed is null)
                    {
                        return (null, ExitCodes.Usage);
                    }

                    step = await flow.SubmitPasswordAsync(typed, cancellationToken);
                    break;
                case NeedEmailCode need:
                    var code = TakeOption(request.EmailCode, ref emailCodeUsed, need.Error is not null)
                        ?? Ask(need.CodeSent ? $"Enter the code emailed to {need.Email}: " : $"Enter the code sent to {need.Email}: ");
                    if (code is null)
                    {
                        host.Console.Error.WriteLine(need.CodeSent
                            ? $"A login code was emailed to {need.Email}. Run the same command again with --otp CODE."
                            : "No email code given.");
                        return (null, ExitCodes.Usage);
                    }

                    step = await flow.SubmitEmailCodeAsync(code, cancellationToken);
                    break;
                case NeedTotp need:
                    var totp = TakeOption(request.TotpCode, ref totpUsed, need.Error is not null) ?? Ask("Enter the code from your authenticator app: ");
                    if (totp is null)
                    {
                        host.Console.Error.WriteLine("This account uses two-factor authentication: pass --totp CODE (the 6 digits from the authenticator app).");
                        return (null, ExitCodes.Usage);
                    }

                    step = await flow.SubmitTotpAsync(totp, cancellationToken);
                    break;
                case NeedPasskey need when need.TotpAvailable && TakeOption(request.TotpCode, ref totpUsed, false) is { } passkeyTotp:
                    step = await flow.SubmitTotpAsync(passkeyTotp, cancellationToken);
                    break;
                case NeedPasskey need:
                    step = await ConsolePasskeyWait.RunAsync(host, flow, need, request.PasskeyTimeout, cancellationToken);
                    break;
                default:
                    throw new InvalidOperationException($"Unknown login step {step.GetType().Name}.");
            }
        }
    }

    private static string? Rejected(LoginStep step) => step switch
    {
        NeedPassword { Error: { } e } => e,
        NeedEmailCode { Error: { } e } => e,
        NeedTotp { Error: { } e } => e,
        _ => null,
    };

    private string? ObtainPassword()
    {
        if (password is null)
        {
            password = PasswordInput.Obtain(host, request.PasswordFromStdin, out var problem);
            if (problem is not null)
            {
                host.Console.Error.WriteLine(problem);
            }
        }

        return password;
    }

    /// <summary>An option's code, used once; after a rejection only a prompt can supply another.</summary>
    private static string? TakeOption(string? value, ref bool used, bool rejected)
    {
        if (value is null || used || rejected)
        {
            return null;
        }

        used = true;
        return value;
    }

    private string? Ask(string prompt) =>
        interactive && host.Console.ReadLine(prompt)?.Trim() is { Length: > 0 } answer ? answer : null;
}
