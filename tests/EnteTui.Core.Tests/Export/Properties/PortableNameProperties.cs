using System.Text;
using EnteTui.Core.Export;
using FsCheck.Xunit;

namespace EnteTui.Core.Tests.Export.Properties;

[Properties(Arbitrary = [typeof(HostileTitles)], MaxTest = 2000)]
public class PortableNameProperties
{
    [Property]
    public void Any_file_title_becomes_a_portable_name(string title)
    {
        var name = PortableName.ForFile(title);

        Assert.Null(PortablePath.Violation(name));
        Assert.True(Encoding.UTF8.GetByteCount(name) <= PortableName.MaxBytes);
    }

    [Property]
    public void Any_album_name_becomes_a_portable_folder(string albumName)
    {
        var name = PortableName.ForFolder(albumName);

        Assert.Null(PortablePath.Violation(name));
        Assert.True(Encoding.UTF8.GetByteCount(name) <= PortableName.MaxBytes);
    }

    [Property]
    public void The_same_title_always_gives_the_same_name_whatever_its_normalization(string title)
    {
        Assert.Equal(PortableName.ForFile(title), PortableName.ForFile(new string(title.ToCharArray())));
        Assert.Equal(PortableName.ForFolder(title), PortableName.ForFolder(new string(title.ToCharArray())));
        if (title.EnumerateRunes().All(r => r != Rune.ReplacementChar && (r.Value & 0xFFFE) != 0xFFFE))
        {
            Assert.Equal(PortableName.ForFile(title.Normalize(NormalizationForm.FormC)), PortableName.ForFile(title.Normalize(NormalizationForm.FormD)));
        }
    }

    [Property]
    public void A_portable_name_is_left_as_it_is(string title)
    {
        var file = PortableName.ForFile(title);
        var folder = PortableName.ForFolder(title);

        Assert.Equal(file, PortableName.ForFile(file));
        Assert.Equal(folder, PortableName.ForFolder(folder));
    }
}
