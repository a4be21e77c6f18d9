import Foundation
import XCTest

/// Locates `../shared` (schemas, seeds) from the package root and tools on PATH; skips locally, fails in CI.
public enum SharedResources {
    /// The package root, found from this file's path (`Sources/FilingTestSupport/…`).
    public static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// True when the environment says we run in CI (`CI` set).
    public static var isCI: Bool { ProcessInfo.processInfo.environment["CI"].map { !$0.isEmpty } ?? false }

    /// `../shared/schemas`, or a skip (a failure in CI) naming what is missing.
    public static func schemasDirectory() throws -> URL {
        let url = packageRoot.deletingLastPathComponent().appendingPathComponent("shared/schemas")
        guard FileManager.default.fileExists(atPath: url.appendingPathComponent("ooxml/wml.xsd").path) else {
            try missing("schemas not found at \(url.path) (expected ../shared/schemas next to the package)")
        }
        return url
    }

    /// The path of an executable on PATH, or a skip (a failure in CI).
    public static func tool(_ name: String) throws -> URL {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        for directory in path.split(separator: ":") {
            let candidate = URL(fileURLWithPath: String(directory)).appendingPathComponent(name)
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
        }
        try missing("\(name) not found on PATH; install it to run this test")
    }

    private static func missing(_ message: String) throws -> Never {
        if isCI { throw MissingResource(message: message) }
        throw XCTSkip(message)
    }

    struct MissingResource: Error, CustomStringConvertible {
        let message: String
        var description: String { "required in CI: \(message)" }
    }
}

/// Runs a tool and captures its output.
public enum ToolRunner {
    /// Output and exit status of a finished process.
    public struct Result {
        public let status: Int32
        public let standardOutput: String
        public let standardError: String
    }

    /// Runs `executable` with `arguments`, waiting for it to finish.
    public static func run(_ executable: URL, _ arguments: [String], environment: [String: String]? = nil) throws -> Result {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        if let environment { process.environment = environment }
        let output = Pipe()
        let error = Pipe()
        process.standardOutput = output
        process.standardError = error
        try process.run()
        // Read before waiting so a full pipe cannot block the child.
        let outputData = output.fileHandleForReading.readDataToEndOfFile()
        let errorData = error.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Result(status: process.terminationStatus, standardOutput: String(decoding: outputData, as: UTF8.self),
                      standardError: String(decoding: errorData, as: UTF8.self))
    }
}
