using EnteTui.Core.Storage;
using EnteTui.Tui.Screens.TakeoutWizard;

namespace EnteTui.Tui.Adapters.Takeout;

/// <summary>
/// The wizard's place (parts, step, target) as a small JSON file under the config dir.
/// </summary>
public sealed class WizardSessionFile(AppPaths paths)
{
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true };

    private string FilePath => Path.Combine(paths.ConfigDir, "tui", "takeout-wizard.json");

    public WizardSession? Load()
    {
        try
        {
            if (File.Exists(FilePath))
            {
                return JsonSerializer.Deserialize<WizardSession>(File.ReadAllBytes(FilePath), Json);
            }
        }
        catch (Exception e) when (e is IOException or JsonException or UnauthorizedAccessException)
        {
            // A damaged file starts the wizard afresh; the resolutions live in the scan state.
        }

        return null;
    }

    public void Save(WizardSession session)
    {
        OwnerOnlyFiles.CreateDirectory(Path.GetDirectoryName(FilePath)!);
        OwnerOnlyFiles.WriteAllBytes(FilePath, JsonSerializer.SerializeToUtf8Bytes(session, Json));
    }
}
