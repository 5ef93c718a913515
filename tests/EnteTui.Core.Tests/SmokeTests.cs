using EnteTui.Core.DependencyInjection;

using Microsoft.Extensions.DependencyInjection;

namespace EnteTui.Core.Tests;

public class SmokeTests
{
    [Fact]
    public void Core_services_resolve_a_time_provider()
    {
        using var provider = new ServiceCollection().AddEnteTuiCore().BuildServiceProvider();
        Assert.NotNull(provider.GetService<TimeProvider>());
    }
}
