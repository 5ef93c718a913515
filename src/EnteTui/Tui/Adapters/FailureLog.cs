using EnteTui.Tui.Screens.ExportProgress;

namespace EnteTui.Tui.Adapters;

/// <summary>Collects failures as progress reports mention them (one at a time), without duplicates.</summary>
public sealed class FailureLog
{
    private readonly Lock gate = new();
    private readonly HashSet<(long, long)> seen = [];
    private readonly List<TransferFailure> all = [];

    public IReadOnlyList<TransferFailure> All
    {
        get
        {
            lock (gate)
            {
                return all.ToList();
            }
        }
    }

    public void Add(ExportFailure? failure)
    {
        if (failure is null || failure.FileId == 0 && failure.Name.Length == 0)
        {
            return;
        }

        lock (gate)
        {
            if (seen.Add((failure.FileId, failure.CollectionId)))
            {
                all.Add(new TransferFailure(failure.Album, failure.Name, failure.Message));
            }
        }
    }

    public void AddRange(IEnumerable<ExportFailure> failures)
    {
        foreach (var failure in failures)
        {
            Add(failure);
        }
    }
}
