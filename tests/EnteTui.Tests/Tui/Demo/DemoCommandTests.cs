using EnteTui.Tests.Support;

namespace EnteTui.Tests.Tui.Demo;

public class DemoCommandTests
{
    [Fact]
    public async Task Demo_without_a_terminal_exits_2_with_the_reason_and_starts_nothing()
    {
        using var cli = new CliRunner();

        var result = await cli.RunAsync(["demo"]);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("not starting the interactive screen", result.Error);
        Assert.Contains("not a terminal", result.Error);
        Assert.DoesNotContain("Starting the demo", result.Error);
        Assert.Equal(string.Empty, result.Out);
    }

    [Fact]
    public async Task Demo_is_listed_in_help_with_its_options()
    {
        using var cli = new CliRunner();

        var result = await cli.RunAsync(["demo", "--help"]);

        Assert.Contains("--data", result.Out);
        Assert.Contains("--latency", result.Out);
    }
}
