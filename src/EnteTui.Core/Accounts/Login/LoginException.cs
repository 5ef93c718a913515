namespace EnteTui.Core.Accounts.Login;

/// <summary>A login that cannot go on as it is; the message is for the user. Start a new flow to try again.</summary>
public sealed class LoginException : Exception
{
    public LoginException(string message, Exception? innerException = null)
        : base(message, innerException)
    {
    }
}
