namespace EnteTui.Cli;

/// <summary>
/// The skeleton of a command that reads its arguments into a request: bad arguments end in one
/// line and exit 2, and every run goes through the one error mapping (<see cref="CliErrors"/>).
/// </summary>
internal static class RequestCommand
{
    public static Command Create<TRequest>(
        CliHost host,
        string name,
        string description,
        ICommandOptions<TRequest> options,
        Func<CliHost, TRequest, CancellationToken, Task<int>> run)
    {
        var command = new Command(name, description);
        options.AddTo(command);
        command.SetAction((parse, cancellationToken) => CliErrors.RunAsync(
            host,
            cancellationToken,
            () => options.TryRead(parse, out var request, out var problem) ? run(host, request, cancellationToken) : throw new UsageException(problem)));
        return command;
    }
}
