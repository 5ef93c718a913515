using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace EnteTui.Core.Api;

internal static class ApiServiceCollectionExtensions
{
    /// <summary>The shared pipeline and the client factory. A registered <see cref="EnteHttpOptions"/> (tests) wins.</summary>
    internal static IServiceCollection AddApi(this IServiceCollection services)
    {
        services.TryAddSingleton(new EnteHttpOptions());
        services.AddSingleton<EnteHttp>();
        services.AddSingleton<EnteApiClientFactory>();
        return services;
    }
}
