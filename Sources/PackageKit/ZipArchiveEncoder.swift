import Foundation
import SystemZlib

/// Encodes zip entries (PKWARE APPNOTE 6.3: local headers, data, central directory, end record) with zlib's
/// deflate and CRC-32. The header fields are those ZIPFoundation writes (version 2.0, UTF-8 names, Unix mode
/// 0644), so archives stay byte-identical to the ones it produced before this encoder replaced it.
struct ZipArchiveEncoder {
    private let time: UInt16
    private let date: UInt16
    private let displayPath: String
    private var deflater: Deflater
    private var centralDirectory: [UInt8] = []
    private var offset = 0
    private var count = 0

    /// Largest size or offset a zip without ZIP64 records can hold.
    static let limit = Int(UInt32.max) - 1

    init(modificationDate: Date, displayPath: String) throws(PackageError) {
        (date, time) = Self.dosDateTime(modificationDate)
        self.displayPath = displayPath
        guard let deflater = Deflater() else {
            throw .cannotCreateArchive(path: displayPath, reason: "zlib could not start a deflate stream")
        }
        self.deflater = deflater
    }

    /// Compresses (or stores) one entry and streams its local header and data to the sink.
    mutating func add<Sink: ZipSink>(_ entry: PackageEntry, to sink: inout Sink) throws(PackageError) {
        let name = Array(entry.path.utf8)
        let method: UInt16 = entry.storage == .deflated ? 8 : 0
        let checksum: UInt32
        let compressedSize: Int
        switch entry.storage {
        case .deflated:
            let crcAndSize: (UInt32, Int)? = entry.data.withUnsafeBytes { input in
                guard let size = deflater.deflate(input) else { return nil }
                return (Self.crc(input), size)
            }
            guard let crcAndSize else { throw .cannotAddEntry(entry: entry.path, reason: "zlib deflate failed") }
            (checksum, compressedSize) = crcAndSize
        case .stored:
            checksum = entry.data.withUnsafeBytes(Self.crc)
            compressedSize = entry.data.count
        }
        guard entry.data.count <= Self.limit, compressedSize <= Self.limit, offset <= Self.limit,
            name.count <= Int(UInt16.max), count < Int(UInt16.max)
        else {
            throw .cannotAddEntry(entry: entry.path, reason: "entry or archive larger than 4 GiB (ZIP64 is not written)")
        }
        var header: [UInt8] = []
        header.reserveCapacity(30 + name.count)
        header.appendLittleEndian(UInt32(0x0403_4B50))
        appendCommonFields(to: &header, method: method, checksum: checksum, compressed: compressedSize,
                           uncompressed: entry.data.count, nameLength: name.count)
        header.append(contentsOf: name)

        centralDirectory.appendLittleEndian(UInt32(0x0201_4B50))
        centralDirectory.appendLittleEndian(UInt16(789))  // made by: Unix, specification 2.1
        appendCommonFields(to: &centralDirectory, method: method, checksum: checksum, compressed: compressedSize,
                           uncompressed: entry.data.count, nameLength: name.count)
        centralDirectory.appendLittleEndian(UInt16(0))  // comment length
        centralDirectory.appendLittleEndian(UInt16(0))  // disk number
        centralDirectory.appendLittleEndian(UInt16(0))  // internal attributes
        centralDirectory.appendLittleEndian(UInt32(0o100644) << 16)  // regular file, rw-r--r--
        centralDirectory.appendLittleEndian(UInt32(offset))
        centralDirectory.append(contentsOf: name)

        do {
            try sink.write(header)
            if method == 8 {
                try deflater.withOutput { try sink.write($0) }
            } else {
                try entry.data.withUnsafeBytes { try sink.write($0) }
            }
        } catch {
            throw .cannotAddEntry(entry: entry.path, reason: error.reason)
        }
        offset += header.count + compressedSize
        count += 1
    }

    /// Writes the central directory and the end record.
    mutating func finish<Sink: ZipSink>(into sink: inout Sink) throws(PackageError) {
        guard offset <= Self.limit else {
            throw .cannotCreateArchive(path: displayPath, reason: "archive larger than 4 GiB (ZIP64 is not written)")
        }
        var end: [UInt8] = []
        end.appendLittleEndian(UInt32(0x0605_4B50))
        end.appendLittleEndian(UInt16(0))  // this disk
        end.appendLittleEndian(UInt16(0))  // disk with the central directory
        end.appendLittleEndian(UInt16(count))
        end.appendLittleEndian(UInt16(count))
        end.appendLittleEndian(UInt32(centralDirectory.count))
        end.appendLittleEndian(UInt32(offset))
        end.appendLittleEndian(UInt16(0))  // comment length
        do {
            try sink.write(centralDirectory)
            try sink.write(end)
        } catch {
            throw .cannotCreateArchive(path: displayPath, reason: error.reason)
        }
    }

    /// Version needed … name length, shared by the local header and the central directory record.
    private func appendCommonFields(
        to bytes: inout [UInt8], method: UInt16, checksum: UInt32, compressed: Int, uncompressed: Int, nameLength: Int
    ) {
        bytes.appendLittleEndian(UInt16(20))  // version needed: 2.0 (deflate)
        bytes.appendLittleEndian(UInt16(0x0800))  // flags: names are UTF-8
        bytes.appendLittleEndian(method)
        bytes.appendLittleEndian(time)
        bytes.appendLittleEndian(date)
        bytes.appendLittleEndian(checksum)
        bytes.appendLittleEndian(UInt32(compressed))
        bytes.appendLittleEndian(UInt32(uncompressed))
        bytes.appendLittleEndian(UInt16(nameLength))
        bytes.appendLittleEndian(UInt16(0))  // extra field length
    }

    private static func crc(_ bytes: UnsafeRawBufferPointer) -> UInt32 {
        guard let base = bytes.baseAddress else { return 0 }
        return UInt32(crc32(0, base.assumingMemoryBound(to: Bytef.self), uInt(bytes.count)))
    }

    /// MS-DOS date and time in UTC, clamped to the years DOS dates can hold (1980–2099).
    static func dosDateTime(_ date: Date) -> (date: UInt16, time: UInt16) {
        var seconds = time_t(date.timeIntervalSince1970)
        var parts = tm()
        guard gmtime_r(&seconds, &parts) != nil else { return (0, 0) }
        let year = min(max(Int(parts.tm_year) + 1900, 1980), 2099)
        let day = Int(parts.tm_mday) + (Int(parts.tm_mon) + 1) * 32 + (year - 1980) * 512
        let time = Int(parts.tm_sec) / 2 + Int(parts.tm_min) * 32 + Int(parts.tm_hour) * 2048
        return (UInt16(day), UInt16(time))
    }
}

/// A raw deflate stream (level 6, memLevel 9: ZIPFoundation's settings) reused across entries; zlib keeps a
/// pointer back to the stream, so it lives at a fixed address.
private final class Deflater {
    private let stream = UnsafeMutablePointer<z_stream>.allocate(capacity: 1)
    private var output: [UInt8] = []
    private var outputCount = 0

    init?() {
        stream.initialize(to: z_stream())
        let status = deflateInit2_(
            stream, Z_DEFAULT_COMPRESSION, Z_DEFLATED, -MAX_WBITS, 9, Z_DEFAULT_STRATEGY, ZLIB_VERSION,
            Int32(MemoryLayout<z_stream>.size))
        guard status == Z_OK else {
            stream.deallocate()
            return nil
        }
    }

    deinit {
        deflateEnd(stream)
        stream.deallocate()
    }

    /// Deflates the whole input in one call into an internal buffer; returns the compressed size.
    func deflate(_ input: UnsafeRawBufferPointer) -> Int? {
        guard deflateReset(stream) == Z_OK else { return nil }
        let bound = Int(deflateBound(stream, uLong(input.count)))
        if output.count < bound { output = [UInt8](repeating: 0, count: bound) }
        let status = output.withUnsafeMutableBufferPointer { target -> Int32 in
            stream.pointee.next_in = UnsafeMutablePointer(
                mutating: input.baseAddress?.assumingMemoryBound(to: Bytef.self))
            stream.pointee.avail_in = uInt(input.count)
            stream.pointee.next_out = target.baseAddress
            stream.pointee.avail_out = uInt(target.count)
            return SystemZlib.deflate(stream, Z_FINISH)
        }
        guard status == Z_STREAM_END else { return nil }
        outputCount = Int(stream.pointee.total_out)
        return outputCount
    }

    /// The compressed bytes of the last `deflate`.
    func withOutput<T>(_ body: (UnsafeRawBufferPointer) throws -> T) rethrows -> T {
        try output.withUnsafeBytes { try body(UnsafeRawBufferPointer(rebasing: $0[0..<outputCount])) }
    }
}

extension Array where Element == UInt8 {
    fileprivate mutating func appendLittleEndian<T: FixedWidthInteger>(_ value: T) {
        Swift.withUnsafeBytes(of: value.littleEndian) { append(contentsOf: $0) }
    }
}
