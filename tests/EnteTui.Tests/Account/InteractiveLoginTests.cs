using EnteTui.LocalServer.Auth;
using EnteTui.Tests.Support;

namespace EnteTui.Tests.Account;

public class InteractiveLoginTests(LocalServerFixture fixture) : IClassFixture<LocalServerFixture>
{
    [Fact]
    public async Task A_wrong_password_may_be_typed_again_at_a_masked_prompt()
    {
        var email = LocalServerFixture.NewEmail();
        await fixture.CreateAccountAsync(email);
        var passwords = new Queue<string>(["wrong", LocalServerFixture.Password]);
        var console = new PromptingConsole(_ => passwords.Dequeue());
        using var cli = new CliRunner();

        var add = await cli.RunAsync(["account", "add", "--endpoint", fixture.Endpoint, "--email", email], console);

        Assert.True(add.ExitCode == 0, add.Error);
        Assert.Contains("Incorrect password", add.Error);
        Assert.Equal(2, console.SecretPrompts.Count);
        Assert.Empty(console.Prompts);
    }

    [Fact]
    public async Task Email_code_and_totp_are_prompted_for_in_a_terminal()
    {
        var email = LocalServerFixture.NewEmail();
        var secret = Totp.NewSecret();
        await fixture.CreateAccountAsync(email, spec => spec with { EmailMfa = true, TotpSecret = secret });
        var console = new PromptingConsole(prompt =>
            prompt.Contains("emailed", StringComparison.Ordinal) ? fixture.Server.LatestOtt(email)
            : prompt.Contains("authenticator", StringComparison.Ordinal) ? Totp.Compute(secret, DateTimeOffset.UtcNow)
            : LocalServerFixture.Password);
        using var cli = new CliRunner();

        var add = await cli.RunAsync(["account", "add", "--endpoint", fixture.Endpoint, "--email", email], console);

        Assert.True(add.ExitCode == 0, add.Error);
        Assert.Equal(2, console.Prompts.Count);
        Assert.Single(console.SecretPrompts);
    }

    [Fact]
    public async Task Three_wrong_passwords_end_the_attempt_without_storing()
    {
        var email = LocalServerFixture.NewEmail();
        await fixture.CreateAccountAsync(email);
        var console = new PromptingConsole(_ => "wrong");
        using var cli = new CliRunner();

        var add = await cli.RunAsync(["account", "add", "--endpoint", fixture.Endpoint, "--email", email], console);

        Assert.Equal(1, add.ExitCode);
        Assert.Equal(3, console.SecretPrompts.Count);
        Assert.Equal("[]", (await cli.RunAsync(["account", "list", "--json"])).Out.Trim());
    }
}
