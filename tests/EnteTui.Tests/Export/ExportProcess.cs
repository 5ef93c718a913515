using System.Diagnostics;

namespace EnteTui.Tests.Export;

/// <summary>Runs the real `ente-tui.dll` with `dotnet` as a separate process (so it can be killed).</summary>
internal static class ExportProcess
{
    public static Process Start(string home, params string[] args)
    {
        var info = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        info.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "ente-tui.dll"));
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        info.Environment["ENTE_TUI_HOME"] = home;
        info.Environment["HOME"] = home;
        info.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        var process = Process.Start(info)!;
        process.StandardInput.Close();
        return process;
    }

    public static async Task<(int ExitCode, string Out, string Error)> RunAsync(string home, params string[] args)
    {
        using var process = Start(home, args);
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await output, await error);
    }
}
