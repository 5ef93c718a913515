namespace EnteTui.LocalServer.Traffic;

/// <summary>One direction of a user's object traffic: the total and its 100 ms samples in time order.</summary>
public sealed record TrafficDirection(long Bytes, IReadOnlyList<TrafficSample> Samples)
{
    /// <summary>
    /// Bytes per second from <paramref name="skipMilliseconds"/> after the first sample to the end of
    /// the last one (skipping the start lets socket buffers fill: until then a sender outruns a
    /// throttled reader); null when that leaves no time.
    /// </summary>
    public double? RateAfter(long skipMilliseconds)
    {
        if (Samples.Count == 0)
        {
            return null;
        }

        var from = Samples[0].AtMilliseconds + skipMilliseconds;
        var to = Samples[^1].AtMilliseconds + TrafficMeter.BucketMilliseconds;
        var bytes = Samples.Where(s => s.AtMilliseconds >= from).Sum(s => s.Bytes);
        return to > from ? bytes * 1000.0 / (to - from) : null;
    }
}
