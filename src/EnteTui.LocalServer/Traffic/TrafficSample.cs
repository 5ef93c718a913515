namespace EnteTui.LocalServer.Traffic;

/// <summary>Bytes moved in the 100 ms starting at <see cref="AtMilliseconds"/> (Unix time).</summary>
public sealed record TrafficSample(long AtMilliseconds, long Bytes);
