using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using EnteTui.Core.Api.Wire;

namespace EnteTui.Core.Tests.Api;

/// <summary>The source-generated wire serializers keep every field name and order reflection gave.</summary>
public class EnteJsonContextTests
{
    /// <summary>Every public DTO of the wire namespace.</summary>
    public static IEnumerable<Type> WireTypeList() =>
        typeof(EnteJson).Assembly.GetTypes().Where(t => t.Namespace == typeof(EnteJson).Namespace && t.IsPublic && !t.IsAbstract && t != typeof(EnteJson) && t != typeof(EnteJsonContext));

    public static TheoryData<Type> WireTypes() => [.. WireTypeList()];

    [Theory]
    [MemberData(nameof(WireTypes))]
    public void Every_wire_type_is_generated_with_the_names_reflection_gives(Type type)
    {
        var generated = EnteJsonContext.Default.GetTypeInfo(type);
        Assert.NotNull(generated);
        var reflection = new JsonSerializerOptions(EnteJson.Options) { TypeInfoResolver = new DefaultJsonTypeInfoResolver() }.GetTypeInfo(type);
        Assert.Equal(reflection.Properties.Select(p => p.Name), generated.Properties.Select(p => p.Name));
        Assert.Equal(
            reflection.Properties.Select(p => p.Name),
            EnteJson.Options.GetTypeInfo(type).Properties.Select(p => p.Name));
    }

    [Fact]
    public void The_wire_options_resolve_through_the_generated_context_first()
    {
        Assert.Same(EnteJsonContext.Default, EnteJson.Options.TypeInfoResolverChain[0]);
    }
}
