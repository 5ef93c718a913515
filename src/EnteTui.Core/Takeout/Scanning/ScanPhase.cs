namespace EnteTui.Core.Takeout.Scanning;

/// <summary>What a scan is doing: reading the parts' listings, then pairing media with sidecars and dating them.</summary>
public enum ScanPhase
{
    Reading,
    Matching,
    Done,
}
