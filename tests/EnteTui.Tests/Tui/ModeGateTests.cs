using EnteTui.Tests.Support;

namespace EnteTui.Tests.Tui;

public class ModeGateTests
{
    [Fact]
    public async Task No_command_without_a_terminal_refuses_on_stderr_and_exits_2()
    {
        using var cli = new CliRunner();

        var result = await cli.RunAsync([]);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("not starting the interactive screen", result.Error);
        Assert.Contains("not a terminal", result.Error);
        Assert.Equal(string.Empty, result.Out);
    }

    [Fact]
    public async Task No_tui_flag_refuses_even_with_a_terminal()
    {
        using var cli = new CliRunner();

        var result = await cli.RunAsync(["--no-tui"], new TestConsole(interactive: true));

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--no-tui", result.Error);
    }

    [Fact]
    public async Task Interactive_streams_without_a_controlling_terminal_still_refuse()
    {
        using var cli = new CliRunner();

        var result = await cli.RunAsync([], new TestConsole(interactive: true));

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("no terminal attached", result.Error);
    }

    [Fact]
    public async Task Color_option_rejects_unknown_values()
    {
        using var cli = new CliRunner();

        var result = await cli.RunAsync(["--color", "pink"]);

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("pink", result.Error);
    }

    [Fact]
    public async Task Help_lists_the_color_and_no_tui_options()
    {
        using var cli = new CliRunner();

        var result = await cli.RunAsync(["--help"]);

        Assert.Contains("--color", result.Out);
        Assert.Contains("--no-tui", result.Out);
    }
}
