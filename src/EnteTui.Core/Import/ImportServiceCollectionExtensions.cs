using Microsoft.Extensions.DependencyInjection;

namespace EnteTui.Core.Import;

internal static class ImportServiceCollectionExtensions
{
    internal static IServiceCollection AddImport(this IServiceCollection services) => services.AddSingleton<TakeoutImportService>();
}
