using System.Text;
using EnteTui.Core.Export;

namespace EnteTui.Core.Tests.Export;

public class PortableNameTests
{
    [Theory]
    [InlineData("IMG_0001.JPG", "IMG_0001.JPG")]
    [InlineData("a<b>c:d\"e|f?g*h.jpg", "a_b_c_d_e_f_g_h.jpg")]
    [InlineData("../../x.jpg", "x.jpg")]
    [InlineData("..\\..\\evil.png", "evil.png")]
    [InlineData("CON.txt", "CON_.txt")]
    [InlineData("nul", "nul_")]
    [InlineData("com1.tar.gz", "com1_.tar.gz")]
    [InlineData("trailing. . ", "trailing")]
    [InlineData(".hidden.jpg", "_hidden.jpg")]
    [InlineData("tab\there.jpg", "tab_here.jpg")]
    [InlineData("", "file")]
    [InlineData("..", "file")]
    public void File_names_are_portable(string title, string expected)
    {
        Assert.Equal(expected, PortableName.ForFile(title));
    }

    [Theory]
    [InlineData("Trip / 2024", "Trip _ 2024")]
    [InlineData(".hidden", "_hidden")]
    [InlineData("Album.", "Album")]
    [InlineData("AUX", "AUX_")]
    [InlineData("   ", "Untitled")]
    public void Folder_names_are_portable(string name, string expected)
    {
        Assert.Equal(expected, PortableName.ForFolder(name));
    }

    [Fact]
    public void Names_are_nfc()
    {
        var decomposed = "Cafe\u0301.jpg";
        Assert.Equal("Caf\u00e9.jpg", PortableName.ForFile(decomposed));
    }

    [Fact]
    public void Long_names_are_cut_to_the_byte_limit_keeping_the_extension_and_whole_characters()
    {
        var title = string.Concat(Enumerable.Repeat("日本", 200)) + ".jpeg";
        var name = PortableName.ForFile(title);
        Assert.True(Encoding.UTF8.GetByteCount(name) <= PortableName.MaxBytes);
        Assert.EndsWith(".jpeg", name);
        Assert.DoesNotContain('\uFFFD', name);
        Assert.True(Encoding.UTF8.GetByteCount(name + "_99.json") <= 255);
    }
}
