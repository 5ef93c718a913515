using EnteTui.LocalServer;

namespace EnteTui.Demo;

/// <summary>
/// The demo's accounts on its local server. The light Argon2 limits keep the login quick; real
/// accounts use Ente's sensitive limits. The second-factor account shows the TOTP/passkey choice.
/// </summary>
public static class DemoAccounts
{
    public const string Email = "demo@ente.local";
    public const string Password = "demo";
    public const string SecondFactorEmail = "2fa@ente.local";

    /// <summary>Base32 TOTP secret of <see cref="SecondFactorEmail"/>, for authenticator apps and scripts.</summary>
    public const string TotpSecret = "JBSWY3DPEHPK3PXP";

    public static AccountSpec Main => new(Email, Password) { OpsLimit = 2, MemLimit = 8L * 1024 * 1024 };

    public static AccountSpec SecondFactor => new(SecondFactorEmail, Password)
    {
        OpsLimit = 2,
        MemLimit = 8L * 1024 * 1024,
        TotpSecret = TotpSecret,
        Passkey = true,
    };
}
