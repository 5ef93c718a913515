using System.Runtime.Versioning;
using System.Text.RegularExpressions;

namespace EnteTui.Tests.Security;

public class StateSecurityTests(FullRun run) : IClassFixture<FullRun>
{
    private const UnixFileMode OwnerReadWrite = UnixFileMode.UserRead | UnixFileMode.UserWrite;
    private const UnixFileMode OwnerAll = OwnerReadWrite | UnixFileMode.UserExecute;

    [Fact]
    [UnsupportedOSPlatform("windows")]
    public void Every_state_file_is_0600_and_every_state_directory_0700_after_add_export_and_import()
    {
        var roots = new[] { run.Paths.ConfigDir, run.Paths.DataDir, run.Paths.StateDir };
        var wrong = new List<string>();
        foreach (var root in roots)
        {
            Assert.True(Directory.Exists(root), root);
            foreach (var dir in Directory.EnumerateDirectories(root, "*", SearchOption.AllDirectories).Prepend(root))
            {
                Check(dir, OwnerAll, wrong);
            }

            foreach (var file in Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories))
            {
                Check(file, OwnerReadWrite, wrong);
            }
        }

        Assert.True(File.Exists(Path.Combine(run.Paths.ConfigDir, "device.key")));
        Assert.NotEmpty(Directory.GetFiles(run.Paths.LogDir));
        Assert.True(wrong.Count == 0, string.Join("\n", wrong));
    }

    [Fact]
    public void No_secret_appears_in_any_log_line_or_output_at_trace_level_in_any_encoding()
    {
        var logs = Directory.GetFiles(run.Paths.LogDir).ToDictionary(f => f, File.ReadAllText);
        Assert.Contains(logs.Values, text => text.Contains("[INF]", StringComparison.Ordinal) || text.Contains("[VRB]", StringComparison.Ordinal) || text.Contains("[DBG]", StringComparison.Ordinal));
        var texts = logs.Append(new KeyValuePair<string, string>("stdout/stderr", string.Join('\n', run.Printed)));
        Assert.True(run.Secrets.Count >= 8, string.Join(", ", run.Secrets.Keys));

        var planted = run.Secrets.Select(secret => new KeyValuePair<string, string>("planted", $"x {SecretForms.Of(secret.Value).Last()} y")).ToList();
        Assert.Equal(planted.Count, Leaks(planted).Select(l => l.Split(" as ")[0]).Distinct().Count());

        var leaks = Leaks(texts);

        Assert.Empty(leaks);
    }

    private List<string> Leaks(IEnumerable<KeyValuePair<string, string>> texts)
    {
        var leaks = new List<string>();
        foreach (var (name, secret) in run.Secrets)
        {
            foreach (var form in SecretForms.Of(secret))
            {
                // Codes are short digit strings: only a whole number counts, not digits inside a longer one.
                var pattern = form.All(char.IsAsciiDigit) ? $@"(?<!\d){form}(?!\d)" : Regex.Escape(form);
                leaks.AddRange(texts.Where(t => Regex.IsMatch(t.Value, pattern)).Select(t => $"{name} as '{form}' in {t.Key}"));
            }
        }

        return leaks;
    }

    [UnsupportedOSPlatform("windows")]
    private static void Check(string path, UnixFileMode expected, List<string> wrong)
    {
        var mode = File.GetUnixFileMode(path);
        if (mode != expected)
        {
            wrong.Add($"{path}: {Convert.ToString((int)mode, 8)}");
        }
    }
}
