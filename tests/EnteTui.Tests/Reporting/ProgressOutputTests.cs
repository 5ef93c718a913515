using EnteTui.Reporting;
using EnteTui.Tests.Support;

namespace EnteTui.Tests.Reporting;

/// <summary>Where export, takeout scan and import put their progress: one rule for the three.</summary>
public class ProgressOutputTests
{
    [Fact]
    public void On_a_terminal_progress_is_a_live_line_on_standard_output()
    {
        var console = new TestConsole(interactive: true);

        var output = ProgressOutput.For(console, json: false);

        Assert.Same(console.Out, output.Writer);
        Assert.True(output.Live);
    }

    [Fact]
    public void Redirected_output_gets_plain_lines()
    {
        var console = new TestConsole();

        var output = ProgressOutput.For(console, json: false);

        Assert.Same(console.Out, output.Writer);
        Assert.False(output.Live);
    }

    [Fact]
    public void With_json_progress_goes_to_standard_error_in_plain_lines_even_on_a_terminal()
    {
        var console = new TestConsole(interactive: true);

        var output = ProgressOutput.For(console, json: true);

        Assert.Same(console.Error, output.Writer);
        Assert.False(output.Live);
    }
}
