using EnteTui.Cli;

return await CommandLineApp.RunAsync(args);
