using System.Text.Json.Serialization;

namespace EnteTui.Core.Api.Wire;

/// <summary>Response of `GET /users/srp/attributes?email=`.</summary>
public sealed class SrpAttributesResponse
{
    [JsonPropertyName("attributes")]
    public SrpAttributes? Attributes { get; set; }
}
