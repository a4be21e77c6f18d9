import Testing
@testable import FilingRules

@Suite struct FormatCheckTests {
    @Test(arguments: ["471000", "100000", "３５０００１"])
    func validPostcodes(_ code: String) { #expect(IdentifierChecks.postcode(code) == nil) }

    @Test(arguments: ["47100", "4710000", "47100A", ""])
    func invalidPostcodes(_ code: String) { #expect(IdentifierChecks.postcode(code) == .format) }

    @Test(arguments: ["0379-12345678", "010-61234567", "(0591)87654321", "0591-8765432", "13812345678",
                      "+86 138 1234 5678", "400-123-4567", "010-61234567-8001", "0379-12345678转123"])
    func validPhones(_ phone: String) { #expect(IdentifierChecks.phone(phone) == nil) }

    @Test(arguments: ["61234567", "12345678901", "010-0123456", "0379-123", "0379-0234567", "phone", "010-61234567-1234567"])
    func invalidPhones(_ phone: String) { #expect(IdentifierChecks.phone(phone) == .format) }

    @Test(arguments: ["office@example.cn", "a.b+c@sub.example.com.cn", "联系@药品信息.中国"])
    func validEmails(_ email: String) { #expect(IdentifierChecks.email(email) == nil) }

    @Test(arguments: ["office", "office@", "@example.cn", "a b@example.cn", "a@b@example.cn", "a@localhost"])
    func invalidEmails(_ email: String) { #expect(IdentifierChecks.email(email) == .format) }

    @Test(arguments: ["example.cn", "www.example.com.cn", "药品信息.中国", "xn--fiqs8s.cn", "EXAMPLE.CN."])
    func validDomains(_ name: String) { #expect(IdentifierChecks.domainName(name) == nil) }

    @Test(arguments: ["example", "http://example.cn", "-a.cn", "a..cn", "exa mple.cn", "1.2.3.4", "example.cn/path"])
    func invalidDomains(_ name: String) { #expect(IdentifierChecks.domainName(name) == .format) }

    @Test(arguments: ["203.0.113.10", "0.0.0.0", "2001:db8::1", "::1", "2001:0db8:0000:0000:0000:ff00:0042:8329",
                      "::ffff:192.0.2.1"])
    func validIPs(_ address: String) { #expect(IdentifierChecks.ipAddress(address) == nil) }

    @Test(arguments: ["256.1.1.1", "1.2.3", "01.2.3.4", "2001:db8::1::2", "12345::1", "1:2:3:4:5:6:7", "example.cn"])
    func invalidIPs(_ address: String) { #expect(IdentifierChecks.ipAddress(address) == .format) }

    @Test(arguments: ["京ICP备20018813号-3", "蜀ICP备2026007879号-1", "鲁ICP备08105755号", "京 ICP 备 09031924号"])
    func validICPFilings(_ number: String) { #expect(RegistrationNumbers.isICPFiling(number)) }

    @Test(arguments: ["京ICP备123号", "京ICP证070359号", "ICP备12345678号", "京ICP备12345678号-", "美ICP备12345678号"])
    func invalidICPFilings(_ number: String) { #expect(!RegistrationNumbers.isICPFiling(number)) }

    @Test func telecomLicences() {
        #expect(RegistrationNumbers.telecomLicenceCategories("京B2-20202418", latestYear: 2026) == ["B2"])
        #expect(RegistrationNumbers.telecomLicenceCategories("A2.B1.B2-20090003", latestYear: 2026) == ["A2", "B1", "B2"])
        #expect(RegistrationNumbers.telecomLicenceCategories("合字B1.B2-20130004", latestYear: 2026) == ["B1", "B2"])
        #expect(RegistrationNumbers.telecomLicenceCategories("京B3-2020241", latestYear: 2026) == nil)
        #expect(RegistrationNumbers.telecomLicenceCategories("B1-20300001", latestYear: 2026) == nil)
    }

    @Test func certificateNumbers() {
        #expect(RegistrationNumbers.certificate("(京)-经营性-2017-0012")
                == RegistrationNumbers.Certificate(province: "京", commercial: true, year: 2017, serial: "0012"))
        #expect(RegistrationNumbers.certificate("（沪）-非经营性-2013-0034")?.commercial == false)
        #expect(RegistrationNumbers.certificate("国家药监局（京）-非经营性-2013-0066") != nil)
        #expect(RegistrationNumbers.certificate("(京)-经营-2017-0001") == nil)
        #expect(RegistrationNumbers.certificate("(京)-经营性-17-0001") == nil)
        #expect(RegistrationNumbers.isInformationServiceFiling("浙网药信备字〔2025〕00228号"))
        #expect(!RegistrationNumbers.isInformationServiceFiling("浙网药信备字〔2025〕228号"))
    }
}
