namespace EnteTui.Core.Media.Exif;

/// <summary>The first bytes of the formats that carry EXIF or QuickTime dates (JPEG, ISO-BMFF, TIFF, PNG, RIFF, QuickTime atoms).</summary>
internal static class MediaSignatures
{
    public static bool LooksLikeMedia(byte[] head) =>
        (head[0] == 0xFF && head[1] == 0xD8)
        || (head[4] == (byte)'f' && head[5] == (byte)'t' && head[6] == (byte)'y' && head[7] == (byte)'p')
        || (head[0] == (byte)'I' && head[1] == (byte)'I') || (head[0] == (byte)'M' && head[1] == (byte)'M')
        || (head[0] == 0x89 && head[1] == (byte)'P')
        || (head[0] == (byte)'R' && head[1] == (byte)'I' && head[2] == (byte)'F' && head[3] == (byte)'F')
        || (head[4] == (byte)'m' && head[5] == (byte)'o' && head[6] == (byte)'o' && head[7] == (byte)'v')
        || (head[4] == (byte)'w' && head[5] == (byte)'i' && head[6] == (byte)'d' && head[7] == (byte)'e')
        || (head[4] == (byte)'m' && head[5] == (byte)'d' && head[6] == (byte)'a' && head[7] == (byte)'t');
}
