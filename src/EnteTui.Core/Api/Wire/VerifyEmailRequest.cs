namespace EnteTui.Core.Api.Wire;

/// <summary>Body of `POST /users/verify-email`.</summary>
public sealed class VerifyEmailRequest
{
    public string Email { get; set; } = "";

    public string Ott { get; set; } = "";
}
