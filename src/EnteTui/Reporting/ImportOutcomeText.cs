using EnteTui.Core.Import.Outcomes;

namespace EnteTui.Reporting;

/// <summary>The accounting line of an import: one outcome per scanned media entry, adding up to the scan.</summary>
public static class ImportOutcomeText
{
    public static string Line(ImportSummary s) =>
        $"  {s.ScannedEntries} scanned media entries = {s.Count(EntryOutcome.Uploaded)} uploaded + {s.Count(EntryOutcome.AlreadyInEnte)} already in Ente"
        + $" + {s.Count(EntryOutcome.DoneEarlier)} done in an earlier run + {s.Count(EntryOutcome.CopyOfAnother)} copies of another entry"
        + $" + {s.Count(EntryOutcome.LeftOut)} left out + {s.Count(EntryOutcome.Failed)} failed";
}
