using EnteTui.Tui.Theme;

namespace EnteTui.Tests.Tui.Shell;

public class ColorModesTests
{
    [Theory]
    [InlineData("auto", null, null, ColorMode.Auto)]
    [InlineData("auto", "1", null, ColorMode.Never)]
    [InlineData("auto", "", "dumb", ColorMode.Never)]
    [InlineData("auto", null, "linux", ColorMode.Sixteen)]
    [InlineData("16", "1", null, ColorMode.Sixteen)]
    [InlineData("never", null, "xterm-256color", ColorMode.Never)]
    public void Explicit_choice_wins_and_auto_follows_no_color_and_term(string option, string? noColor, string? term, ColorMode expected)
    {
        Assert.True(ColorModes.TryParse(option, out var requested));
        var env = new Dictionary<string, string?> { ["NO_COLOR"] = noColor, ["TERM"] = term };

        Assert.Equal(expected, ColorModes.Resolve(requested, name => env.GetValueOrDefault(name)));
    }
}
