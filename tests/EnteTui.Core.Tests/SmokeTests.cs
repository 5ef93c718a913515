using EnteTui.Core.DependencyInjection;
using EnteTui.Core.Storage;

using Microsoft.Extensions.DependencyInjection;

namespace EnteTui.Core.Tests;

public class SmokeTests
{
    [Fact]
    public void Core_services_resolve_a_time_provider()
    {
        using var provider = new ServiceCollection().AddEnteTuiCore(new AppPaths("c", "d", "s")).BuildServiceProvider();
        Assert.Same(TimeProvider.System, provider.GetService<TimeProvider>());
    }
}
