namespace EnteTui.Core.Takeout.Matching;

/// <summary>A sidecar file name Google could have written for a title, and the scheme that gives it.</summary>
public readonly record struct SidecarCandidate(string Name, SidecarForm Form);
