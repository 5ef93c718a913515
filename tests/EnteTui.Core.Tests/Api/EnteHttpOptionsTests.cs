using EnteTui.Core.Api;

namespace EnteTui.Core.Tests.Api;

public class EnteHttpOptionsTests
{
    [Fact]
    public void Defaults_follow_the_spec_and_environment_overrides_apply()
    {
        var defaults = EnteHttpOptions.FromEnvironment(_ => null);
        var overridden = EnteHttpOptions.FromEnvironment(name => name switch
        {
            "ENTE_TUI_HTTP_ATTEMPTS" => "2",
            "ENTE_TUI_HTTP_BASE_DELAY_MS" => "5",
            "ENTE_TUI_HTTP_TIMEOUT_S" => "7",
            _ => "junk",
        });

        Assert.Equal(4, defaults.MaxAttempts);
        Assert.Equal(TimeSpan.FromSeconds(1), defaults.BaseDelay);
        Assert.Equal(TimeSpan.FromSeconds(30), defaults.MaxDelay);
        Assert.Equal(2, overridden.MaxAttempts);
        Assert.Equal(TimeSpan.FromMilliseconds(5), overridden.BaseDelay);
        Assert.Equal(defaults.MaxDelay, overridden.MaxDelay);
        Assert.Equal(TimeSpan.FromSeconds(7), overridden.AttemptTimeout);
    }

    [Theory]
    [InlineData("https://api.ente.com/", "https://api.ente.com")]
    [InlineData(" http://127.0.0.1:8080 ", "http://127.0.0.1:8080")]
    [InlineData("https://photos.example.org/api/", "https://photos.example.org/api")]
    public void Endpoints_are_normalised(string input, string expected) => Assert.Equal(expected, EnteEndpoint.Normalize(input));

    [Theory]
    [InlineData("api.ente.com")]
    [InlineData("ftp://api.ente.com")]
    [InlineData("https://api.ente.com/?token=x")]
    [InlineData("https://user:pw@api.ente.com")]
    public void Bad_endpoints_are_rejected(string input) => Assert.Throws<ArgumentException>(() => EnteEndpoint.Normalize(input));
}
