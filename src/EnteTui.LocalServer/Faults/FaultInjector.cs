namespace EnteTui.LocalServer.Faults;

/// <summary>
/// Decides, per request, whether to inject a fault: first any scheduled fault whose prefix
/// matches, then a seeded random draw against the configured rates. Thread-safe; reconfigurable
/// while the server runs (library call or `POST /__admin/faults`).
/// </summary>
public sealed class FaultInjector(TimeProvider time)
{
    private readonly Lock gate = new();
    private readonly List<ScheduledFault> scheduled = [];
    private FaultOptions options = FaultOptions.None;
    private Random random = new(1);
    private long injected;

    public FaultOptions Options
    {
        get
        {
            lock (gate)
            {
                return options;
            }
        }
    }

    /// <summary>The clock that added latency waits on.</summary>
    internal TimeProvider Time => time;

    /// <summary>How many faults were injected so far.</summary>
    public long InjectedCount => Interlocked.Read(ref injected);

    public void Configure(FaultOptions newOptions)
    {
        lock (gate)
        {
            options = newOptions;
            random = new Random(newOptions.Seed);
        }
    }

    public void Schedule(ScheduledFault fault)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(fault.Count, 1);
        lock (gate)
        {
            scheduled.Add(fault);
        }
    }

    /// <summary>Drops scheduled faults and switches random faults and latency off.</summary>
    public void Clear()
    {
        lock (gate)
        {
            scheduled.Clear();
            options = FaultOptions.None;
        }
    }

    internal TimeSpan LatencyFor(string path)
    {
        lock (gate)
        {
            return Applies(path) ? options.Latency : TimeSpan.Zero;
        }
    }

    internal FaultKind? Decide(string path)
    {
        lock (gate)
        {
            var kind = TakeScheduled(path) ?? Draw(path);
            if (kind is not null)
            {
                injected++;
            }

            return kind;
        }
    }

    private FaultKind? TakeScheduled(string path)
    {
        var index = scheduled.FindIndex(f => path.StartsWith(f.PathPrefix, StringComparison.Ordinal));
        if (index < 0)
        {
            return null;
        }

        var fault = scheduled[index];
        if (fault.Count <= 1)
        {
            scheduled.RemoveAt(index);
        }
        else
        {
            scheduled[index] = fault with { Count = fault.Count - 1 };
        }

        return fault.Kind;
    }

    private FaultKind? Draw(string path)
    {
        if (!Applies(path) || options.TooManyRequestsRate + options.ServerErrorRate + options.ConnectionResetRate <= 0)
        {
            return null;
        }

        var draw = random.NextDouble();
        if (draw < options.TooManyRequestsRate)
        {
            return FaultKind.TooManyRequests;
        }

        draw -= options.TooManyRequestsRate;
        if (draw < options.ServerErrorRate)
        {
            return FaultKind.ServerError;
        }

        draw -= options.ServerErrorRate;
        return draw < options.ConnectionResetRate ? FaultKind.ConnectionReset : null;
    }

    private bool Applies(string path)
    {
        bool Matches(string prefix) => path.StartsWith(prefix, StringComparison.Ordinal);
        var included = options.IncludePaths.Count == 0 || options.IncludePaths.Any(Matches);
        return included && !options.ExcludePaths.Any(Matches);
    }
}
