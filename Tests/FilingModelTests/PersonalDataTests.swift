import FilingModel
import Testing

@Suite("Masking personal data")
struct PersonalDataTests {
    @Test func idNumbersKeepRegionAndCheckCharacters() {
        #expect(PersonalData.mask("410302197503120117") == "410302********0117")
        #expect(PersonalData.mask("11010519491231002X") == "110105********002X")
    }

    @Test func phonesKeepPrefixAndLastFour() {
        #expect(PersonalData.mask("13803791234") == "138****1234")
        #expect(PersonalData.mask("0379-65281234") == "037******1234")
    }

    @Test func shortValuesAreMaskedAlmostEntirely() {
        #expect(PersonalData.mask("123456") == "1****6")
        #expect(PersonalData.mask("12") == "**")
        #expect(PersonalData.mask("") == "")
    }

    @Test func maskingCountsCharactersNotBytes() {
        #expect(PersonalData.mask("张三丰的电话号码") == "张三丰*电话号码")
    }
}
