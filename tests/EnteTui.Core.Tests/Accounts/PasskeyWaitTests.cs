using System.Collections.Concurrent;
using System.Text.Json;
using EnteTui.Core.Accounts.Login;
using EnteTui.Core.Api.Wire;
using EnteTui.Core.Tests.Support;
using EnteTui.Fixtures;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace EnteTui.Core.Tests.Accounts;

/// <summary>The passkey wait against museum's limit (10 a minute per path, 429 without Retry-After), on a fake clock.</summary>
public class PasskeyWaitTests
{
    private static readonly FakeEnteAccount Account = new("pw");

    [Fact]
    public async Task Polls_every_seven_seconds_and_a_429_means_pending_then_a_quiet_minute()
    {
        var clock = new FakeTimeProvider();
        var polls = new ConcurrentQueue<DateTimeOffset>();
        await using var server = await PasskeyServer(clock, polls, count => count switch
        {
            3 => 429,
            < 6 => 400,
            _ => 200,
        });
        using var api = new TestApi();
        var flow = await AtPasskeyStepAsync(api, server, clock);

        var next = await FakeClockDriver.RunAsync(clock, flow.WaitForPasskeyAsync(), TimeSpan.FromMinutes(5));

        Assert.IsType<NeedPassword>(next);
        var times = polls.ToArray();
        Assert.Equal(6, times.Length);
        var gaps = times.Zip(times.Skip(1), (a, b) => b - a).ToArray();
        // Times are taken where the server sees a poll; the clock runs on while a request travels, hence the slack.
        Assert.All(gaps, gap => Assert.True(gap >= TimeSpan.FromSeconds(5), $"polled again after {gap}"));
        Assert.True(gaps[2] >= TimeSpan.FromSeconds(55), $"after the 429 it polled again after {gaps[2]}");
    }

    [Fact]
    public async Task Check_now_asks_at_once_but_never_more_than_eight_times_a_minute()
    {
        var clock = new FakeTimeProvider();
        var polls = new ConcurrentQueue<DateTimeOffset>();
        await using var server = await PasskeyServer(clock, polls, count => count <= 10 ? 400 : 200);
        using var api = new TestApi();
        var flow = await AtPasskeyStepAsync(api, server, clock);
        var trigger = new PasskeyCheckTrigger();
        var statuses = new ConcurrentQueue<PasskeyWaitStatus>();
        var wait = flow.WaitForPasskeyAsync(new PasskeyWait { Trigger = trigger, OnStatus = statuses.Enqueue });

        for (var press = 0; press < 10 && !wait.IsCompleted; press++)
        {
            var before = polls.Count;
            trigger.CheckNow();
            var deadline = DateTime.UtcNow.AddSeconds(10);
            while (polls.Count == before && DateTime.UtcNow < deadline && press < 8)
            {
                await Task.Delay(10);
            }
        }

        Assert.Equal(8, polls.Count);
        Assert.True(polls.Last() - polls.First() < TimeSpan.FromSeconds(1), "the presses were not answered at once");
        Assert.Contains(statuses, s => s.AfterRequest);
        Assert.IsType<NeedPassword>(await FakeClockDriver.RunAsync(clock, wait, TimeSpan.FromMinutes(5)));
        var times = polls.ToArray();
        for (var i = 0; i + 8 < times.Length; i++)
        {
            Assert.True(times[i + 8] - times[i] >= TimeSpan.FromSeconds(55), $"nine checks within a minute from check {i}");
        }
    }

    [Fact]
    public async Task The_wait_gives_up_after_its_timeout()
    {
        var clock = new FakeTimeProvider();
        var polls = new ConcurrentQueue<DateTimeOffset>();
        await using var server = await PasskeyServer(clock, polls, _ => 400);
        using var api = new TestApi();
        var flow = await AtPasskeyStepAsync(api, server, clock);
        var started = clock.GetUtcNow();

        var wait = flow.WaitForPasskeyAsync(new PasskeyWait { Timeout = TimeSpan.FromMinutes(2) });
        var error = await Assert.ThrowsAsync<LoginException>(() => FakeClockDriver.RunAsync(clock, wait, TimeSpan.FromMinutes(5)));

        Assert.Contains("not approved within 120 s", error.Message, StringComparison.Ordinal);
        Assert.InRange(clock.GetUtcNow() - started, TimeSpan.FromMinutes(2), TimeSpan.FromMinutes(2.5));
        Assert.InRange(polls.Count, 16, 17);
    }

    private static async Task<LoginFlow> AtPasskeyStepAsync(TestApi api, ScriptedHttpServer server, TimeProvider clock)
    {
        var flow = new LoginFlowFactory(api.Factory, clock, NullLogger<LoginFlow>.Instance).Create(server.BaseUrl, "a@example.org");
        await flow.StartAsync(sendEmailCode: false);
        Assert.IsType<NeedPasskey>(await flow.SubmitEmailCodeAsync("123456"));
        return flow;
    }

    /// <summary>A server whose n-th `get-token` answers <paramref name="statusOfPoll"/>(n): 400 pending, 429 limited, 200 the token.</summary>
    private static Task<ScriptedHttpServer> PasskeyServer(TimeProvider clock, ConcurrentQueue<DateTimeOffset> polls, Func<int, int> statusOfPoll) =>
        ScriptedHttpServer.StartAsync(async (context, _) =>
        {
            switch (context.Request.Path.Value)
            {
                case "/users/srp/attributes":
                    context.Response.StatusCode = 404;
                    break;
                case "/users/verify-email":
                    await Json(context, new AuthorizationResponse { Id = 7, PasskeySessionId = "s", AccountsUrl = "https://accounts.example.org" });
                    break;
                case "/users/two-factor/passkeys/get-token":
                    polls.Enqueue(clock.GetUtcNow());
                    var status = statusOfPoll(polls.Count);
                    context.Response.StatusCode = status;
                    await (status switch
                    {
                        200 => Json(context, Account.Authorized()),
                        429 => context.Response.WriteAsync("""{"error":"Rate limit breached, try later"}"""),
                        _ => context.Response.WriteAsync("""{"code":"SESSION_NOT_VERIFIED","message":"not yet"}"""),
                    });
                    break;
            }
        });

    private static Task Json<T>(HttpContext context, T body) =>
        context.Response.WriteAsync(JsonSerializer.Serialize(body, EnteJson.Options));
}
