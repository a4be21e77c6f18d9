import Foundation

/// Masks personal data for findings, logs and CI output, keeping enough to recognise the value.
public enum PersonalData {
    /// `110105199003070026` → `110105********0026`; phones keep the first 3 and last 4 characters.
    public static func mask(_ value: String) -> String {
        let characters = Array(value)
        let (head, tail): (Int, Int) = characters.count >= 15 ? (6, 4) : characters.count >= 7 ? (3, 4) : (1, 1)
        guard characters.count > head + tail else { return String(repeating: "*", count: characters.count) }
        return String(characters[..<head]) + String(repeating: "*", count: characters.count - head - tail)
            + String(characters[(characters.count - tail)...])
    }
}
