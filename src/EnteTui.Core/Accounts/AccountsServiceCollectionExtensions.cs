using EnteTui.Core.Accounts.Login;
using Microsoft.Extensions.DependencyInjection;

namespace EnteTui.Core.Accounts;

internal static class AccountsServiceCollectionExtensions
{
    internal static IServiceCollection AddAccounts(this IServiceCollection services)
    {
        services.AddSingleton<DeviceKey>();
        services.AddSingleton<AccountDatabase>();
        services.AddSingleton(provider => new AccountStore(
            provider.GetRequiredService<AccountDatabase>(),
            provider.GetRequiredService<DeviceKey>(),
            provider.GetRequiredService<TimeProvider>()));
        services.AddSingleton<AccountSessions>();
        services.AddSingleton<LoginFlowFactory>();
        return services;
    }
}
