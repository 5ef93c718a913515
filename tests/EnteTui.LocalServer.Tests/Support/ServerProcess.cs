using System.Diagnostics;
using System.Reflection;
using System.Runtime.InteropServices;
using System.Text.RegularExpressions;

namespace EnteTui.LocalServer.Tests.Support;

/// <summary>`dotnet ente-tui.dll server ...` as a real child process; reads its first stdout line.</summary>
internal sealed partial class ServerProcess : IDisposable
{
    private readonly Process process;

    private ServerProcess(Process process, string firstLine, string baseUrl)
    {
        this.process = process;
        FirstLine = firstLine;
        BaseUrl = baseUrl;
    }

    public string FirstLine { get; }

    public string BaseUrl { get; }

    public int? ExitCode => process.HasExited ? process.ExitCode : null;

    public static async Task<ServerProcess> StartAsync(string stateHome, params string[] arguments)
    {
        var dll = typeof(ServerProcess).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "EnteTuiDll").Value!;
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(Path.GetFullPath(dll));
        start.ArgumentList.Add("server");
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["ENTE_TUI_HOME"] = stateHome;
        var process = Process.Start(start)!;
        process.ErrorDataReceived += (_, _) => { };
        process.BeginErrorReadLine();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(90));
        var line = await process.StandardOutput.ReadLineAsync(timeout.Token) ?? "";
        var match = ListeningLine().Match(line);
        return new ServerProcess(process, line, match.Success ? match.Groups[1].Value : "");
    }

    /// <summary>Sends SIGTERM (what a service manager sends) and waits for the exit.</summary>
    public async Task<int> TerminateAsync()
    {
        Assert.Equal(0, Kill(process.Id, 15));
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await process.WaitForExitAsync(timeout.Token);
        return process.ExitCode;
    }

    public void Dispose()
    {
        if (!process.HasExited)
        {
            process.Kill();
        }

        process.Dispose();
    }

    [DllImport("libc", EntryPoint = "kill")]
    private static extern int Kill(int pid, int signal);

    [GeneratedRegex(@"^Listening on (http://127\.0\.0\.1:\d+)$")]
    private static partial Regex ListeningLine();
}
