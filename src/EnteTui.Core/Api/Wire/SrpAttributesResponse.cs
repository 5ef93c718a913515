namespace EnteTui.Core.Api.Wire;

/// <summary>Response of `GET /users/srp/attributes?email=`.</summary>
public sealed class SrpAttributesResponse
{
    public SrpAttributes? Attributes { get; set; }
}
