import Foundation

#if FUZZING
/// libFuzzer's driver, linked in by `-sanitize=fuzzer`. SwiftPM makes the module's `@main` the program's
/// `main`, so the driver is started from there instead of from libFuzzer's own `main`.
@_silgen_name("LLVMFuzzerRunDriver")
private func runFuzzerDriver(
    _ argc: UnsafeMutablePointer<CInt>,
    _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
    _ testOneInput: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt
) -> CInt

/// The input callback; libFuzzer's archive also references it by this name from its own (unused) `main`.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzTestOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    FuzzPipeline.run(data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? [])
    return 0
}
#endif

/// Built with `-sanitize=fuzzer -DFUZZING` (scripts/fuzz.sh): libFuzzer with its usual arguments. Otherwise:
/// runs each file (or every file in each folder) given as an argument through the pipeline, to replay a corpus
/// or a crash input in an ordinary debug build.
@main
enum FuzzEntry {
    static func main() {
        #if FUZZING
        var argc = CommandLine.argc
        var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
        exit(runFuzzerDriver(&argc, &argv, fuzzTestOneInput))
        #else
        replay(CommandLine.arguments.dropFirst())
        #endif
    }

    static func replay(_ arguments: ArraySlice<String>) {
        let manager = FileManager.default
        var count = 0
        for argument in arguments {
            var isFolder: ObjCBool = false
            guard manager.fileExists(atPath: argument, isDirectory: &isFolder) else {
                FileHandle.standardError.write(Data("filingpack-fuzz: \(argument): not found\n".utf8))
                exit(2)
            }
            let files = isFolder.boolValue
                ? ((try? manager.contentsOfDirectory(atPath: argument)) ?? []).sorted().map { "\(argument)/\($0)" }
                : [argument]
            for file in files {
                guard let data = manager.contents(atPath: file) else { continue }
                FuzzPipeline.run(Array(data))
                count += 1
            }
        }
        print("filingpack-fuzz: \(count) input(s) ran without a crash")
    }
}
