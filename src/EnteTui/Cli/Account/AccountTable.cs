namespace EnteTui.Cli.Account;

/// <summary>The plain-text table of `account list`.</summary>
internal static class AccountTable
{
    public static void Write(TextWriter output, IReadOnlyList<AccountInfo> accounts)
    {
        string[] header = ["EMAIL", "ENDPOINT", "USER ID", "EXPORT DIR"];
        var rows = accounts.Select(a => new[] { a.Email, a.Endpoint, a.UserId.ToString(System.Globalization.CultureInfo.InvariantCulture), a.ExportDir ?? "-" }).ToList();
        var widths = Enumerable.Range(0, header.Length).Select(i => rows.Select(r => r[i].Length).Append(header[i].Length).Max()).ToArray();
        foreach (var row in rows.Prepend(header))
        {
            output.WriteLine(string.Join("  ", row.Select((cell, i) => i == row.Length - 1 ? cell : cell.PadRight(widths[i]))).TrimEnd());
        }
    }
}
