namespace EnteTui.Demo;

/// <summary>
/// How to run the demo: <see cref="DataDirectory"/> keeps the server, state and sample Takeout between
/// runs (null: a temp folder deleted on exit); <see cref="Latency"/> slows every server answer.
/// </summary>
public sealed record DemoOptions(string? DataDirectory = null, TimeSpan Latency = default);
