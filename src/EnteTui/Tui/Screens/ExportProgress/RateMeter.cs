namespace EnteTui.Tui.Screens.ExportProgress;

/// <summary>Transfer rate over a sliding window of samples, and the ETA it implies.</summary>
public sealed class RateMeter(TimeSpan window)
{
    private readonly Queue<(DateTime At, long Bytes)> samples = new();

    public double BytesPerSecond { get; private set; }

    public void Add(DateTime at, long bytes)
    {
        if (samples.Count > 0 && bytes < samples.Last().Bytes)
        {
            samples.Clear();
        }

        samples.Enqueue((at, bytes));
        while (samples.Count > 2 && at - samples.Peek().At > window)
        {
            samples.Dequeue();
        }

        var first = samples.Peek();
        var seconds = (at - first.At).TotalSeconds;
        BytesPerSecond = seconds > 0.2 ? (bytes - first.Bytes) / seconds : BytesPerSecond;
    }

    public void Pause() => samples.Clear();

    public TimeSpan? Eta(long remainingBytes) =>
        BytesPerSecond > 1 && remainingBytes > 0 ? TimeSpan.FromSeconds(remainingBytes / BytesPerSecond) : null;
}
