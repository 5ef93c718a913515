using EnteTui.Core.Accounts;

namespace EnteTui.Tests.Tui.Fakes;

/// <summary>Stored accounts for screen tests (the service layer's record; id and times do not matter to the screens).</summary>
public static class TestAccounts
{
    private static readonly DateTimeOffset Added = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public static AccountInfo Of(string email, string endpoint, string? exportDir) => new(email, endpoint, 1, exportDir, Added, Added);
}
