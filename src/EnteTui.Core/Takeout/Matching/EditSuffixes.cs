namespace EnteTui.Core.Takeout.Matching;

/// <summary>
/// Localised suffixes Google appends to edited copies (takeout-notes §1.3 N6). English, French,
/// German and Italian are confirmed from real exports, Spanish from a user report; the rest come
/// from other tools' lists. Google creations (<c>-COLLAGE</c>, <c>-EFFECTS</c> ...) are not edits.
/// </summary>
public sealed class EditSuffixes
{
    public static IReadOnlyList<string> DefaultSuffixes { get; } =
    [
        "-edited", "-modifié", "-bearbeitet", "-modificato", "-ha editado", "-editado", "-editada",
        "-editat", "-bewerkt", "-edytowane", "-編集済み", "-编辑", "-已编辑", "-編輯", "-편집됨",
        "-redigeret", "-redigert", "-redigerad", "-muokattu", "-upraveno", "-upravené", "-szerkesztett",
        "-düzenlendi", "-изменено", "-отредактировано", "-редагувано", "-επεξεργασμένο", "-diedit",
        "-đã chỉnh sửa", "-แก้ไข", "-संपादित", "-מעובד", "-معدل",
    ];

    public static EditSuffixes Default { get; } = new(DefaultSuffixes);

    /// <summary>A cut-off suffix is accepted from this many characters (dash included) on.</summary>
    public const int MinimumPartialLength = 3;

    private readonly string[] suffixes;

    public EditSuffixes(IEnumerable<string> suffixes)
    {
        this.suffixes = suffixes.Select(s => s.Normalize()).Distinct(StringComparer.OrdinalIgnoreCase)
            .OrderByDescending(s => s.Length).ToArray();
    }

    /// <summary>The stem without a complete edit suffix at its end, or null.</summary>
    public string? StripComplete(string stem)
    {
        foreach (var suffix in this.suffixes)
        {
            if (stem.Length > suffix.Length && stem.EndsWith(suffix, StringComparison.OrdinalIgnoreCase))
            {
                return stem[..^suffix.Length];
            }
        }

        return null;
    }

    /// <summary>
    /// For a stem cut to 47 units: every original stem obtained by removing a cut-off suffix
    /// (a proper prefix of a known suffix, at least <paramref name="minimumLength"/> characters), longest removal first.
    /// </summary>
    public IReadOnlyList<(string Original, int Removed)> StripPartial(string stem, int minimumLength)
    {
        var result = new List<(string Original, int Removed)>();
        foreach (var suffix in this.suffixes)
        {
            for (var length = suffix.Length - 1; length >= minimumLength; length--)
            {
                if (stem.Length > length && stem.AsSpan(stem.Length - length).Equals(suffix.AsSpan(0, length), StringComparison.OrdinalIgnoreCase))
                {
                    var original = stem[..^length];
                    if (!result.Exists(r => r.Original == original))
                    {
                        result.Add((original, length));
                    }

                    break;
                }
            }
        }

        return result.OrderByDescending(r => r.Removed).ToList();
    }
}
