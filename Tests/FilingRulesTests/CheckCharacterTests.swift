import FilingModel
import Foundation
import Testing
@testable import FilingRules

@Suite struct CheckCharacterTests {
    /// Worked examples computed by hand from the standards (domain-research §F1–F3, §F10).
    @Test func knownValidIdentifiers() {
        #expect(IdentifierChecks.creditCode("91350100M000100Y43") == nil)
        #expect(IdentifierChecks.creditCode("9144030071526726XG") == nil)
        #expect(IdentifierChecks.organizationCode("D2143569-X") == nil)
        #expect(IdentifierChecks.organizationCode("M000100Y-4") == nil)
        #expect(IdentifierChecks.organizationCode("71526726X") == nil)
        #expect(IdentifierChecks.residentID("11010519491231002X", on: Fixtures.filingDate) == nil)
        #expect(IdentifierChecks.residentID("11010519491231002x", on: Fixtures.filingDate) == nil)
    }

    @Test func knownInvalidIdentifiers() {
        #expect(IdentifierChecks.creditCode("91350100M000100Y44") == .checkCharacter(expected: "3"))
        #expect(IdentifierChecks.creditCode("91350100M000100I43") == .format)
        #expect(IdentifierChecks.creditCode("91350100M000100Y4") == .format)
        #expect(IdentifierChecks.organizationCode("D2143569-1") == .checkCharacter(expected: "X"))
        #expect(IdentifierChecks.residentID("110105194912310021", on: Fixtures.filingDate) == .checkCharacter(expected: "X"))
        #expect(IdentifierChecks.residentID("110105198502300011", on: Fixtures.filingDate) == .birthDate)
        #expect(IdentifierChecks.residentID("110101203001010014", on: Fixtures.filingDate) == .birthDateInFuture)
        #expect(IdentifierChecks.residentID("440524188001010014", on: Fixtures.filingDate) == .implausibleAge(146))
        #expect(IdentifierChecks.residentID("11010519491231002", on: Fixtures.filingDate) == .format)
    }

    @Test func fullWidthCharactersAreFolded() {
        #expect(IdentifierChecks.creditCode("９１３５０１００Ｍ０００１００Ｙ４３") == nil)
    }

    /// Random bodies: the computed check character is accepted, and changing any one character is caught.
    @Test func creditCodeProperty() {
        var generator = SplitMix(seed: 2015)
        let alphabet = CheckCharacters.creditCodeAlphabet
        for _ in 0..<500 {
            let body = String((0..<17).map { index in
                index >= 2 && index < 8 ? Character(String(generator.next(below: 10))) : alphabet[generator.next(below: 31)]
            })
            guard let check = CheckCharacters.creditCode(body: body) else {
                Issue.record("no check character for \(body)")
                continue
            }
            let code = Array(body + String(check))
            #expect(IdentifierChecks.creditCode(String(code)) == nil)
            var mutated = code
            let position = generator.next(below: 18)
            let choices = ((2..<8).contains(position) ? Array("0123456789") : alphabet).filter { $0 != code[position] }
            mutated[position] = choices[generator.next(below: choices.count)]
            #expect(IdentifierChecks.creditCode(String(mutated)) != nil, "\(String(mutated)) accepted")
        }
    }

    @Test func residentIDProperty() {
        var generator = SplitMix(seed: 1999)
        for _ in 0..<500 {
            let birth = String(format: "%04d%02d%02d", 1950 + generator.next(below: 50), 1 + generator.next(below: 12),
                               1 + generator.next(below: 28))
            let body = String(format: "%06d", 110000 + generator.next(below: 500000)) + birth
                + String(format: "%03d", generator.next(below: 1000))
            guard let check = CheckCharacters.residentID(body: body) else {
                Issue.record("no check character for \(body)")
                continue
            }
            let id = Array(body + String(check))
            #expect(IdentifierChecks.residentID(String(id), on: Fixtures.filingDate) == nil)
            var mutated = id
            // Mutating a non-date position keeps the birth date valid, so only the check can catch it.
            let position = [0, 1, 2, 3, 4, 5, 14, 15, 16, 17][generator.next(below: 10)]
            let choices = Array(position == 17 ? "0123456789X" : "0123456789").filter { $0 != id[position] }
            mutated[position] = choices[generator.next(below: choices.count)]
            #expect(IdentifierChecks.residentID(String(mutated), on: Fixtures.filingDate) != nil, "\(String(mutated)) accepted")
        }
    }

    @Test func organizationCodeProperty() {
        var generator = SplitMix(seed: 11714)
        let characters = Array("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ")
        for _ in 0..<500 {
            let body = String((0..<8).map { _ in characters[generator.next(below: characters.count)] })
            guard let check = CheckCharacters.organizationCode(body: body) else {
                Issue.record("no check character for \(body)")
                continue
            }
            #expect(IdentifierChecks.organizationCode("\(body)-\(check)") == nil)
            let wrong = Array("0123456789X").filter { $0 != check }[generator.next(below: 10)]
            #expect(IdentifierChecks.organizationCode("\(body)-\(wrong)") == .checkCharacter(expected: check))
        }
    }
}

/// A small deterministic generator so property tests are reproducible.
struct SplitMix {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next(below bound: Int) -> Int {
        state &+= 0x9E37_79B9_7F4A_7C15
        var value = state
        value = (value ^ (value >> 30)) &* 0xBF58_476D_1CE4_E5B9
        value = (value ^ (value >> 27)) &* 0x94D0_49BB_1331_11EB
        value ^= value >> 31
        return Int(value % UInt64(bound))
    }
}
