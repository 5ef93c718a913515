using EnteTui.Core.Accounts;
using EnteTui.Core.Export;
using EnteTui.Core.Import;
using EnteTui.Core.Takeout;
using Microsoft.Extensions.DependencyInjection;

namespace EnteTui.Core.DependencyInjection;

/// <summary>Registers the service layer: crypto, API client, accounts, sync, export, Takeout, media and import.</summary>
public static class CoreServiceCollectionExtensions
{
    public static IServiceCollection AddEnteTuiCore(this IServiceCollection services, AppPaths paths)
    {
        services.AddSingleton(paths);
        services.AddSingleton(TimeProvider.System);
        services.AddLogging();
        services.AddApi();
        services.AddAccounts();
        services.AddExport();
        services.AddTakeout();
        services.AddMedia();
        services.AddImport();
        return services;
    }
}
