using EnteTui.Core.Takeout.Archives;

namespace EnteTui.Core.Tests.Takeout.Support;

/// <summary>Parts as the scan lists them, for progress tests that count bytes without reading a file.</summary>
internal static class StandInParts
{
    public static TakeoutPart Tgz(int number, long size) =>
        new(number, $"takeout-00{number}.tgz", $"/in/takeout-00{number}.tgz", PartKind.Tgz, size, DateTime.UnixEpoch);
}
