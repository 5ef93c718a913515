using EnteTui.Tests.Support;

namespace EnteTui.Tests.Cli;

/// <summary>A bad argument anywhere: exit 2, one line on stderr naming it and pointing to --help, nothing else.</summary>
public class BadArgumentTests
{
    [Theory]
    [InlineData(new[] { "--bogus" }, "unknown option '--bogus'", "ente-tui --help")]
    [InlineData(new[] { "export", "--parallel", "abc" }, "--parallel: 'abc' is not a whole number", "ente-tui export --help")]
    [InlineData(new[] { "export", "--parallel", "0" }, "--parallel must be between 1 and 64", "ente-tui export --help")]
    [InlineData(new[] { "export", "--albums", "Family", "--frobnicate", "4M" }, "unknown option '--frobnicate'", "ente-tui export --help")]
    [InlineData(new[] { "export", "--frobnicate", "--albums", "Family" }, "unknown option '--frobnicate'", "ente-tui export --help")]
    [InlineData(new[] { "takeout", "import", "--exclude", "x" }, "unknown option '--exclude'", "ente-tui takeout import --help")]
    [InlineData(new[] { "takeout", "scan", "missing.zip" }, "no such file or folder: missing.zip", "ente-tui takeout scan --help")]
    [InlineData(new[] { "account", "remove", "--email", "not-an-address" }, "'not-an-address' is not an email address", "ente-tui account remove --help")]
    [InlineData(new[] { "account", "update", "--email", "a@example.org" }, "nothing to change: pass --export-dir and/or --endpoint", "ente-tui account update --help")]
    [InlineData(new[] { "server", "--email", "", "--password", "p", "--port", "0" }, "An account needs an email", "ente-tui server --help")]
    public async Task Exits_2_with_one_line_that_names_the_problem_and_points_to_help(string[] args, string problem, string help)
    {
        using var cli = new CliRunner();

        var result = await cli.RunAsync(args);

        Assert.Equal(2, result.ExitCode);
        var line = Assert.Single(result.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains(problem, line);
        Assert.EndsWith($"See '{help}'.", line.TrimEnd());
        Assert.DoesNotContain("Parameter", line);
        Assert.Equal("", result.Out);
    }

    [Fact]
    public async Task A_value_that_starts_with_a_dash_is_given_with_an_equals_sign()
    {
        using var cli = new CliRunner();

        var result = await cli.RunAsync(["export", "--albums=-dashed", "--parallel", "0"]);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--parallel must be between 1 and 64", result.Error);
    }

    [Fact]
    public async Task Help_still_wins_over_a_bad_argument()
    {
        using var cli = new CliRunner();

        var result = await cli.RunAsync(["export", "--bogus", "--help"]);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("--albums", result.Out);
    }
}
