namespace EnteTui.Core.Import.Media;

/// <summary>Ente's `fileType` metadata value (spec §4.6).</summary>
public enum EnteFileType
{
    Image = 0,
    Video = 1,
    LivePhoto = 2,
}
