namespace EnteTui.LocalServer.Faults;

/// <summary>A fault for the next <see cref="Count"/> requests whose path starts with <see cref="PathPrefix"/>.</summary>
public sealed record ScheduledFault(FaultKind Kind, string PathPrefix, int Count = 1);
