namespace EnteTui.Cli.Takeout;

/// <summary>`ente-tui takeout ...`: work with Google Takeout archives.</summary>
public static class TakeoutCommands
{
    public static Command Create(CliHost host)
    {
        var group = new Command("takeout", "Google Takeout: scan a Takeout, import it into Ente.");
        group.Add(TakeoutScanCommand.Create(host));
        group.Add(TakeoutImportCommand.Create(host));
        return group;
    }
}
