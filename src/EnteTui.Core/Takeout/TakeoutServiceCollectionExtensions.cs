using EnteTui.Core.Takeout.Scanning;
using EnteTui.Core.Takeout.State;

using Microsoft.Extensions.DependencyInjection;

namespace EnteTui.Core.Takeout;

/// <summary>Registers the Takeout scan state (LiteDB under the state dir), which is also the scanners' listing cache.</summary>
internal static class TakeoutServiceCollectionExtensions
{
    internal static IServiceCollection AddTakeout(this IServiceCollection services)
    {
        services.AddSingleton(sp => TakeoutStateStore.Open(sp.GetRequiredService<AppPaths>()));
        services.AddSingleton<IListingCache>(sp => sp.GetRequiredService<TakeoutStateStore>());
        return services;
    }
}
