using EnteTui.Core.Takeout.Archives;
using EnteTui.Tui.Screens.TakeoutWizard;

namespace EnteTui.Tests.Tui.Screens;

/// <summary>The wizard lists the scanner's own problems: a part number when there is one, never "part 0".</summary>
public class ProblemLineTests
{
    [Fact]
    public void A_problem_names_its_part_and_entry() =>
        Assert.Equal("  ✗ part 2, Takeout/a.json: malformed JSON", SummaryPanel.ProblemLine(new TakeoutProblem(2, "Takeout/a.json", "malformed JSON")).Text);

    [Fact]
    public void A_problem_of_no_part_says_so() =>
        Assert.Equal("  ✗ Takeout: no part could be read", SummaryPanel.ProblemLine(new TakeoutProblem(null, null, "no part could be read")).Text);
}
