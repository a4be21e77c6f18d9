import ArgumentParser

/// Benchmark driver for `benchmarks/run.sh`: each `measure` runs one workload in a fresh process, so its
/// peak memory is that workload's alone.
@main
struct FilingpackBench: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "filingpack-bench",
        abstract: "Workloads and content exports for benchmarks/run.sh.",
        subcommands: [MeasureCommand.self, WriteSyntheticCommand.self, ExportCommand.self])
}
