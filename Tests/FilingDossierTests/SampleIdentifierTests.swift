import FilingDossier
import FilingModel
import Foundation
import Testing

/// The samples promise valid identifiers (and the bad-check-digits sample invalid ones); these checks use
/// the GB 32100-2015 and GB 11643-1999 check-character algorithms directly, independent of the rules.
@Suite("Identifiers in the samples")
struct SampleIdentifierTests {
    static func creditCodeIsValid(_ code: String) -> Bool {
        let alphabet = Array("0123456789ABCDEFGHJKLMNPQRTUWXY")
        let weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
        let characters = Array(code)
        guard characters.count == 18 else { return false }
        var sum = 0
        for (character, weight) in zip(characters.prefix(17), weights) {
            guard let value = alphabet.firstIndex(of: character) else { return false }
            sum += value * weight
        }
        return alphabet[(31 - sum % 31) % 31] == characters[17]
    }

    static func idNumberIsValid(_ number: String) -> Bool {
        let weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
        let checks = Array("10X98765432")
        let characters = Array(number)
        guard characters.count == 18 else { return false }
        var sum = 0
        for (character, weight) in zip(characters.prefix(17), weights) {
            guard let digit = character.wholeNumberValue else { return false }
            sum += digit * weight
        }
        return checks[sum % 11] == characters[17]
    }

    private func identifiers(of dossier: Dossier) -> (creditCodes: [String], idNumbers: [String]) {
        let people = dossier.people
        let persons = [people.legalRepresentative, people.websiteHead] + (people.shareholders ?? [])
            + people.professionals + (people.computerStaff ?? [])
        let idNumbers = persons.compactMap(\.idNumber) + [dossier.agent?.idNumber].compactMap { $0 }
        return ([dossier.applicant.creditCode, dossier.applicant.businessLicence.creditCode], idNumbers)
    }

    @Test func algorithmsAcceptTheStandardsWorkedExamples() {
        #expect(Self.creditCodeIsValid("91350100M000100Y43"))
        #expect(!Self.creditCodeIsValid("91350100M000100Y44"))
        #expect(Self.idNumberIsValid("11010519491231002X"))
        #expect(!Self.idNumberIsValid("110105194912310021"))
    }

    @Test(arguments: ["complete/commercial", "complete/non-commercial"])
    func completeSamplesHaveValidCheckCharacters(sample: String) throws {
        let dossier = try Fixtures.loader.load(contentsOf: Fixtures.sample(sample)).dossier
        let (creditCodes, idNumbers) = identifiers(of: dossier)
        #expect(idNumbers.count >= 7)
        for code in creditCodes { #expect(Self.creditCodeIsValid(code), "\(code)") }
        for number in idNumbers { #expect(Self.idNumberIsValid(number), "\(PersonalData.mask(number))") }
    }

    @Test func badCheckDigitsSampleHasExactlyTheAdvertisedDefects() throws {
        let dossier = try Fixtures.loader.load(contentsOf: Fixtures.sample("broken/bad-check-digits")).dossier
        let (creditCodes, idNumbers) = identifiers(of: dossier)
        #expect(creditCodes.allSatisfy { !Self.creditCodeIsValid($0) })
        #expect(idNumbers.filter { !Self.idNumberIsValid($0) } == ["410303198206070223"])
    }
}
