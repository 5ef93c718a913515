using System.Globalization;

namespace EnteTui.Tests.Chaos;

/// <summary>
/// Opt-in long variants: `ENTE_TUI_SOAK=1` runs the soak and kill tests at full length;
/// `ENTE_TUI_CHAOS_SEED=N` replays a seed a failure printed. Read only, never set by tests.
/// </summary>
internal static class ChaosSettings
{
    public static bool Soak => Environment.GetEnvironmentVariable("ENTE_TUI_SOAK") == "1";

    public static int Seed(int fallback) =>
        int.TryParse(Environment.GetEnvironmentVariable("ENTE_TUI_CHAOS_SEED"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var seed) ? seed : fallback;
}
