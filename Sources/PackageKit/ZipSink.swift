import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Where an archive's bytes go.
protocol ZipSink {
    mutating func write(_ bytes: UnsafeRawBufferPointer) throws(ZipSinkError)
}

extension ZipSink {
    mutating func write(_ bytes: [UInt8]) throws(ZipSinkError) {
        let result: Result<Void, ZipSinkError> = bytes.withUnsafeBytes { buffer in
            Result { () throws(ZipSinkError) in try write(buffer) }
        }
        try result.get()
    }
}

/// A failed write, with the system's reason.
struct ZipSinkError: Error {
    let reason: String

    static func fromErrno() -> ZipSinkError { ZipSinkError(reason: String(cString: strerror(errno))) }
}

extension Error {
    /// The reason text of a sink error, or the error's description.
    var reason: String { (self as? ZipSinkError)?.reason ?? "\(self)" }
}

/// Collects the archive in memory.
struct MemorySink: ZipSink {
    var bytes: [UInt8] = []

    mutating func write(_ buffer: UnsafeRawBufferPointer) throws(ZipSinkError) { bytes.append(contentsOf: buffer) }
}

/// Streams the archive to a new file with write(2), entry by entry, so the whole zip never sits in memory.
struct FileSink: ZipSink {
    private let path: String
    private var descriptor: Int32

    /// Creates (or truncates) the file.
    init(creating path: String) throws(PackageError) {
        self.path = path
        descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else {
            throw .cannotCreateArchive(path: path, reason: String(cString: strerror(errno)))
        }
    }

    mutating func write(_ buffer: UnsafeRawBufferPointer) throws(ZipSinkError) {
        guard var next = buffer.baseAddress else { return }
        var remaining = buffer.count
        while remaining > 0 {
            let written = systemWrite(descriptor, next, remaining)
            if written < 0 {
                if errno == EINTR { continue }
                throw .fromErrno()
            }
            next += written
            remaining -= written
        }
    }

    /// Closes the file; a failing close (e.g. a full disk on NFS) is a failed write.
    mutating func close() throws(PackageError) {
        let status = systemClose(descriptor)
        descriptor = -1
        guard status == 0 else { throw .cannotCreateArchive(path: path, reason: String(cString: strerror(errno))) }
    }

    /// Closes and removes the partial file after a failure.
    mutating func abandon() {
        if descriptor >= 0 { _ = systemClose(descriptor) }
        descriptor = -1
        unlink(path)
    }
}

// The C calls, named apart from the sink's own `write` and `close`.
private func systemWrite(_ descriptor: Int32, _ buffer: UnsafeRawPointer, _ count: Int) -> Int {
    write(descriptor, buffer, count)
}

private func systemClose(_ descriptor: Int32) -> Int32 { close(descriptor) }
