namespace EnteTui.Core.Api.Wire;

/// <summary>Body of `POST /users/ott`; purpose is "login" for login-only flows.</summary>
public sealed class SendOttRequest
{
    public string Email { get; set; } = "";

    public string Purpose { get; set; } = "login";
}
