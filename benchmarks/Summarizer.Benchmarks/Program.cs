using BenchmarkDotNet.Running;

// Run all:      dotnet run -c Release --project benchmarks/Summarizer.Benchmarks -- --filter '*'
// Run one:      dotnet run -c Release --project benchmarks/Summarizer.Benchmarks -- --filter '*EndToEnd*'
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
