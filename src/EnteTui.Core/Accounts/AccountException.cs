namespace EnteTui.Core.Accounts;

/// <summary>A problem with the stored accounts (none, several, unknown email, unreadable secrets); the message is for the user.</summary>
public sealed class AccountException : Exception
{
    public AccountException(string message, Exception? innerException = null)
        : base(message, innerException)
    {
    }
}
