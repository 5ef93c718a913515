using EnteTui.Tests.Support;

namespace EnteTui.Tests.Cli;

public class HelpTests
{
    [Fact]
    public async Task Help_describes_the_tool_and_exits_zero_without_creating_state()
    {
        using var cli = new CliRunner();

        var result = await cli.RunAsync(["--help"]);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("Ente", result.Out);
        Assert.False(Directory.Exists(Path.Combine(cli.Home, "state")));
    }
}
