using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using EnteTui.Core.Api.Wire;
using EnteTui.Core.Crypto;

namespace EnteTui.LocalServer.Tests.Support;

/// <summary>A minimal Ente client over real HTTP, using Core's crypto, for driving the server in tests.</summary>
internal sealed class TestClient : IDisposable
{
    public TestClient(string baseUrl, string clientPackage = "io.ente.photos")
    {
        Http = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = new Uri(baseUrl) };
        Http.DefaultRequestHeaders.Add("X-Client-Package", clientPackage);
    }

    public HttpClient Http { get; }

    public Session? Session { get; private set; }

    public async Task<HttpResponseMessage> GetAsync(string path) => await Http.GetAsync(path);

    public async Task<HttpResponseMessage> PostAsync<T>(string path, T body) => await Http.PostAsJsonAsync(path, body, EnteJson.Options);

    public async Task<HttpResponseMessage> PutAsync<T>(string path, T body) => await Http.PutAsJsonAsync(path, body, EnteJson.Options);

    public async Task<T> GetJsonAsync<T>(string path)
    {
        using var response = await Http.GetAsync(path);
        return await ReadAsync<T>(response);
    }

    public async Task<TResponse> PostJsonAsync<TRequest, TResponse>(string path, TRequest body)
    {
        using var response = await PostAsync(path, body);
        return await ReadAsync<TResponse>(response);
    }

    public static async Task<T> ReadAsync<T>(HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{(int)response.StatusCode} {response.RequestMessage?.RequestUri}: {text}");
        return JsonSerializer.Deserialize<T>(text, EnteJson.Options)!;
    }

    /// <summary>SRP login (spec §2.5, §2.6) up to the authorization response; checks M2.</summary>
    public async Task<(HttpResponseMessage Response, byte[] Kek)> SrpAsync(string email, string password)
    {
        var attributes = (await GetJsonAsync<SrpAttributesResponse>($"/users/srp/attributes?email={Uri.EscapeDataString(email)}")).Attributes!;
        var kek = KeyDerivation.DeriveKek(password, EnteBase64.Decode(attributes.KekSalt), attributes.OpsLimit, attributes.MemLimit);
        var srp = new SrpClient(attributes.SrpUserId, EnteBase64.Decode(attributes.SrpSalt), KeyDerivation.DeriveLoginSubKey(kek));
        var session = await PostJsonAsync<CreateSrpSessionRequest, CreateSrpSessionResponse>("/users/srp/create-session",
            new CreateSrpSessionRequest { SrpUserId = attributes.SrpUserId, SrpA = EnteBase64.Encode(srp.PublicA) });
        var m1 = srp.ComputeM1(EnteBase64.Decode(session.SrpB));
        var response = await PostAsync("/users/srp/verify-session",
            new VerifySrpSessionRequest { SrpUserId = attributes.SrpUserId, SessionId = session.SessionId, SrpM1 = EnteBase64.Encode(m1) });
        if (response.StatusCode == HttpStatusCode.OK)
        {
            var body = await response.Content.ReadFromJsonAsync<AuthorizationResponse>(EnteJson.Options);
            Assert.True(srp.VerifyM2(EnteBase64.Decode(body!.SrpM2!)), "server M2 must verify");
        }

        return (response, kek);
    }

    /// <summary>Full SRP login without second factors; the session is kept for later calls.</summary>
    public async Task<Session> LoginAsync(string email, string password)
    {
        var (response, kek) = await SrpAsync(email, password);
        return Complete(await ReadAsync<AuthorizationResponse>(response), kek);
    }

    /// <summary>Opens master key, secret key and token (spec §2.9) and sends the token from now on.</summary>
    public Session Complete(AuthorizationResponse authorization, byte[] kek)
    {
        var attributes = authorization.KeyAttributes!;
        var masterKey = SecretBox.Decrypt(EnteBase64.Decode(attributes.EncryptedKey), EnteBase64.Decode(attributes.KeyDecryptionNonce), kek);
        var secretKey = SecretBox.Decrypt(EnteBase64.Decode(attributes.EncryptedSecretKey), EnteBase64.Decode(attributes.SecretKeyDecryptionNonce), masterKey);
        var publicKey = EnteBase64.Decode(attributes.PublicKey);
        var token = EnteBase64.EncodeToken(SealedBox.Open(EnteBase64.Decode(authorization.EncryptedToken!), publicKey, secretKey));
        Session = new Session(authorization.Id, token, masterKey, secretKey, publicKey);
        UseToken(token);
        return Session;
    }

    /// <summary>Uses a token handed out by the server's test shortcut; keys come from session-validity and the password.</summary>
    public async Task<Session> UseIssuedTokenAsync(long userId, string token, string password)
    {
        UseToken(token);
        var validity = await GetJsonAsync<SessionValidityResponse>("/users/session-validity/v2");
        var attributes = validity.KeyAttributes!;
        var kek = KeyDerivation.DeriveKek(password, EnteBase64.Decode(attributes.KekSalt), attributes.OpsLimit, attributes.MemLimit);
        var masterKey = SecretBox.Decrypt(EnteBase64.Decode(attributes.EncryptedKey), EnteBase64.Decode(attributes.KeyDecryptionNonce), kek);
        var secretKey = SecretBox.Decrypt(EnteBase64.Decode(attributes.EncryptedSecretKey), EnteBase64.Decode(attributes.SecretKeyDecryptionNonce), masterKey);
        Session = new Session(userId, token, masterKey, secretKey, EnteBase64.Decode(attributes.PublicKey));
        return Session;
    }

    public void UseToken(string? token)
    {
        Http.DefaultRequestHeaders.Remove("X-Auth-Token");
        if (token is not null)
        {
            Http.DefaultRequestHeaders.Add("X-Auth-Token", token);
        }
    }

    public void Dispose() => Http.Dispose();
}
