namespace EnteTui.Core.Api.Wire;

/// <summary>Response of `GET /users/session-validity/v2`.</summary>
public sealed class SessionValidityResponse
{
    public bool HasSetKeys { get; set; }

    public KeyAttributes? KeyAttributes { get; set; }
}
