namespace EnteTui.Core.Takeout.Matching;

/// <summary>
/// A media file name split the way Google builds it: <c>Base + "(n)" + "." + Extension</c>.
/// <see cref="Stem"/> is the name without its extension (with the number); <see cref="Number"/>
/// is the trailing <c>(digits)</c> of the stem (no leading zero, as Google writes them), which may be
/// Takeout numbering or part of the title.
/// </summary>
public sealed record MediaName(string Name, string Stem, string Extension, int? Number, string Base, int NumberStart)
{
    public bool HasExtension => Extension.Length > 0;

    public string DotExtension => HasExtension ? "." + Extension : "";

    public static MediaName Parse(string name)
    {
        var (stem, extension) = SplitExtension(name);
        var (numberStart, number) = FindTrailingNumber(stem);
        var baseName = number is null ? stem : stem[..numberStart];
        return new MediaName(name, stem, extension, number, baseName, number is null ? -1 : numberStart);
    }

    /// <summary>Splits at the last dot (a leading dot does not count); <c>.MP~2</c> is one extension.</summary>
    public static (string Stem, string Extension) SplitExtension(string name)
    {
        var dot = name.LastIndexOf('.');
        if (dot <= 0 || dot == name.Length - 1)
        {
            return (name, "");
        }

        var extension = name[(dot + 1)..];
        return IsPlausibleExtension(extension) ? (name[..dot], extension) : (name, "");
    }

    /// <summary>Finds a trailing <c>(digits)</c>; returns the index of its opening parenthesis.</summary>
    public static (int Start, int? Number) FindTrailingNumber(string stem)
    {
        if (stem.Length < 3 || stem[^1] != ')')
        {
            return (-1, null);
        }

        var open = stem.LastIndexOf('(');
        if (open < 0 || open == stem.Length - 2)
        {
            return (-1, null);
        }

        var digits = stem.AsSpan(open + 1, stem.Length - open - 2);
        if (digits.Length > 6 || digits[0] == '0')
        {
            return (-1, null);
        }

        foreach (var c in digits)
        {
            if (c is < '0' or > '9')
            {
                return (-1, null);
            }
        }

        return (open, int.Parse(digits, System.Globalization.CultureInfo.InvariantCulture));
    }

    private static bool IsPlausibleExtension(string extension)
    {
        if (extension.Length > 10)
        {
            return false;
        }

        foreach (var c in extension)
        {
            if (!char.IsAsciiLetterOrDigit(c) && c != '~' && c != '_')
            {
                return false;
            }
        }

        return true;
    }
}
