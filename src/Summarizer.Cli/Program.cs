using Summarizer.Cli;

return CliApp.RunProcess(args);
