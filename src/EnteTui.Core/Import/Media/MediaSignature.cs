namespace EnteTui.Core.Import.Media;

/// <summary>
/// A container's first bytes: each character of <see cref="Pattern"/> is one byte (Latin-1), `?` any byte.
/// </summary>
public sealed record MediaSignature(string Pattern, MediaFormat Format)
{
    public const char AnyByte = '?';

    public bool Matches(ReadOnlySpan<byte> head)
    {
        if (head.Length < Pattern.Length)
        {
            return false;
        }

        for (var i = 0; i < Pattern.Length; i++)
        {
            if (Pattern[i] != AnyByte && (byte)Pattern[i] != head[i])
            {
                return false;
            }
        }

        return true;
    }
}
