using System.Runtime.CompilerServices;

namespace EnteTui.Tests.Tui.Support;

internal static class DisableRealTerminal
{
    /// <summary>Stops the ANSI driver from painting onto the developer's terminal through /dev/tty.</summary>
    [ModuleInitializer]
    internal static void Apply() => Environment.SetEnvironmentVariable("DisableRealDriverIO", "1");
}
