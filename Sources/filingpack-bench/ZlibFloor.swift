import Foundation
import SystemZlib

/// The floor for a writer: raw deflate of the same part bytes with zlib alone, with the parameters ZIPFoundation's
/// writers use (level 6 = `Z_DEFAULT_COMPRESSION`, raw stream, memLevel 9), plus the CRC-32 every zip entry needs.
enum ZlibFloor {
    /// Deflates each part in one call; returns the compressed size, so the work cannot be optimised away.
    static func deflateAll(_ parts: [[UInt8]]) -> Int {
        var compressed = 0
        for part in parts {
            compressed += deflateRaw(part)
            _ = part.withUnsafeBufferPointer { crc32(0, $0.baseAddress, uInt($0.count)) }
        }
        return compressed
    }

    static func deflateRaw(_ input: [UInt8]) -> Int {
        var stream = z_stream()
        let initStatus = deflateInit2_(
            &stream, Z_DEFAULT_COMPRESSION, Z_DEFLATED, -MAX_WBITS, 9, Z_DEFAULT_STRATEGY, ZLIB_VERSION,
            Int32(MemoryLayout<z_stream>.size))
        precondition(initStatus == Z_OK, "deflateInit2 failed with \(initStatus)")
        defer { deflateEnd(&stream) }
        var output = [UInt8](repeating: 0, count: Int(deflateBound(&stream, uLong(input.count))))
        var input = input
        let status = input.withUnsafeMutableBufferPointer { source in
            output.withUnsafeMutableBufferPointer { target in
                stream.next_in = source.baseAddress
                stream.avail_in = uInt(source.count)
                stream.next_out = target.baseAddress
                stream.avail_out = uInt(target.count)
                return deflate(&stream, Z_FINISH)
            }
        }
        precondition(status == Z_STREAM_END, "deflate into a deflateBound-sized buffer did not finish: \(status)")
        return Int(stream.total_out)
    }
}
