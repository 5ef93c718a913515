using EnteTui.Cli.Account;

namespace EnteTui.Tests.Account;

public class PasswordInputTests
{
    [Theory]
    [InlineData("secret\n", "secret")]
    [InlineData("secret\r\n", "secret")]
    [InlineData("secret", "secret")]
    [InlineData(" se cret \t\n", " se cret \t")]
    [InlineData("sec\rret\n", "sec\rret")]
    [InlineData("secret\r", "secret\r")]
    [InlineData("first\nsecond\n", "first")]
    [InlineData("\n", "")]
    public void One_line_is_read_and_only_its_line_ending_dropped(string input, string expected) =>
        Assert.Equal(expected, PasswordInput.ReadOneLine(new StringReader(input)));

    [Fact]
    public void Empty_input_gives_null() => Assert.Null(PasswordInput.ReadOneLine(new StringReader("")));
}
