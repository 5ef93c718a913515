using EnteTui.Tui;

namespace EnteTui.Tests.Tui.Fakes;

/// <summary>A set of fake backends for screen tests that do not need the real service layer.</summary>
public sealed class FakeServices
{
    public FakeAccounts Accounts { get; } = new();

    public FakeAlbums Albums { get; } = new();

    public FakeExport Export { get; } = new();

    public FakeTakeout Takeout { get; } = new();

    public TuiServices Build() => new(Accounts, Albums, Export, Takeout);
}
