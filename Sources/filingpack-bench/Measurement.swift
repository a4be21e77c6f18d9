import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Monotonic wall clock and process CPU time, read with `clock_gettime` so a busy neighbour does not skew the
/// wall figure through the clock itself.
enum Clock {
    /// Seconds on the monotonic clock.
    static func wall() -> Double { read(CLOCK_MONOTONIC) }
    /// CPU seconds used by every thread of this process (user + system).
    static func processCPU() -> Double { read(CLOCK_PROCESS_CPUTIME_ID) }

    private static func read(_ clock: clockid_t) -> Double {
        var spec = timespec()
        clock_gettime(clock, &spec)
        return Double(spec.tv_sec) + Double(spec.tv_nsec) / 1e9
    }
}

/// Peak resident set and system time of this process, from `getrusage`.
enum ResourceUsage {
    /// Seconds this process spent in the kernel (file writes, page faults).
    static func systemSeconds() -> Double {
        var usage = rusage()
        #if os(Linux)
        getrusage(__rusage_who_t(RUSAGE_SELF.rawValue), &usage)
        #else
        getrusage(RUSAGE_SELF, &usage)
        #endif
        return Double(usage.ru_stime.tv_sec) + Double(usage.ru_stime.tv_usec) / 1e6
    }

    /// Largest resident set so far, in bytes (Linux reports kilobytes, macOS bytes).
    static func maxResidentBytes() -> Int {
        var usage = rusage()
        #if os(Linux)
        getrusage(__rusage_who_t(RUSAGE_SELF.rawValue), &usage)
        return Int(usage.ru_maxrss) * 1024
        #else
        getrusage(RUSAGE_SELF, &usage)
        return Int(usage.ru_maxrss)
        #endif
    }
}

/// One timed repetition: wall and CPU seconds.
struct Sample: Sendable {
    var wall: Double
    var cpu: Double
    /// The part of `cpu` spent in the kernel.
    var system: Double
}

/// Median and spread of repeated timings.
struct Summary: Sendable, Codable {
    var repeats: Int
    var medianMilliseconds: Double
    var minMilliseconds: Double
    var maxMilliseconds: Double
    /// Half the distance between the 25th and 75th percentile, as a share of the median (robust spread).
    var spreadPercent: Double
    /// Median of CPU time / wall time: ≈ 1 on one core, ≈ 2 when both cores work.
    var cpuPerWall: Double
    /// Median CPU time of a repetition: on a shared machine less disturbed by neighbours than wall time.
    var cpuMedianMilliseconds: Double
    /// Median kernel time of a repetition (included in the CPU time).
    var systemMedianMilliseconds: Double

    init(_ samples: [Sample]) {
        let walls = samples.map(\.wall).sorted()
        repeats = walls.count
        let median = Self.percentile(walls, 0.5)
        medianMilliseconds = median * 1000
        minMilliseconds = (walls.first ?? 0) * 1000
        maxMilliseconds = (walls.last ?? 0) * 1000
        let quartileHalf = (Self.percentile(walls, 0.75) - Self.percentile(walls, 0.25)) / 2
        spreadPercent = median > 0 ? quartileHalf / median * 100 : 0
        cpuPerWall = Self.percentile(samples.map { $0.wall > 0 ? $0.cpu / $0.wall : 0 }.sorted(), 0.5)
        cpuMedianMilliseconds = Self.percentile(samples.map(\.cpu).sorted(), 0.5) * 1000
        systemMedianMilliseconds = Self.percentile(samples.map(\.system).sorted(), 0.5) * 1000
    }

    /// Linear interpolation between the closest ranks of sorted values.
    static func percentile(_ sorted: [Double], _ fraction: Double) -> Double {
        guard let first = sorted.first else { return 0 }
        guard sorted.count > 1 else { return first }
        let position = fraction * Double(sorted.count - 1)
        let lower = Int(position.rounded(.down))
        let upper = min(lower + 1, sorted.count - 1)
        return sorted[lower] + (sorted[upper] - sorted[lower]) * (position - Double(lower))
    }
}

/// Runs `body` `warmup` times untimed, then `repeats` times timed.
func measure(repeats: Int, warmup: Int, _ body: () throws -> Void) rethrows -> Summary {
    for _ in 0..<warmup { try body() }
    var samples: [Sample] = []
    samples.reserveCapacity(repeats)
    for _ in 0..<max(repeats, 1) {
        let wallStart = Clock.wall(), cpuStart = Clock.processCPU(), systemStart = ResourceUsage.systemSeconds()
        try body()
        samples.append(Sample(
            wall: Clock.wall() - wallStart, cpu: Clock.processCPU() - cpuStart,
            system: ResourceUsage.systemSeconds() - systemStart))
    }
    return Summary(samples)
}
