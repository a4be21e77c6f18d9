import FilingModel
import Foundation
import Testing

@Suite("Device model")
struct DeviceModelTests {
    private let filed = LocalDate(year: 2026, month: 12, day: 1)!

    @Test func ageComesFromTheBirthDateWhenGiven() {
        let before = DeviceStaffMember(name: "甲", role: .technical, birthDate: LocalDate(year: 1990, month: 12, day: 2), age: 99)
        let on = DeviceStaffMember(name: "乙", role: .technical, birthDate: LocalDate(year: 1990, month: 12, day: 1))
        let stated = DeviceStaffMember(name: "丙", role: .maintenance, age: 38)
        #expect(before.age(on: filed) == 35)
        #expect(on.age(on: filed) == 36)
        #expect(stated.age(on: filed) == 38)
        #expect(DeviceStaffMember(name: "丁", role: .technical).age(on: filed) == nil)
    }

    @Test func rangesAreWithinBoundsOnlyWhenBothEndsAre() {
        let bounds = 45.0...75.0
        #expect(ValueRange(min: 45, max: 75).isWithin(bounds))
        #expect(!ValueRange(min: 35, max: 75).isWithin(bounds))
        #expect(!ValueRange(min: 45, max: 80).isWithin(bounds))
        #expect(!ValueRange(min: 70, max: 50).isWithin(bounds))
        #expect(ValueRange(min: 45, max: 75).label == "45–75")
        #expect(ValueRange(min: 2, max: 7.5).label == "2–7.5")
    }

    @Test func ivdReagentsAreDeclaredOrImpliedByCategory6840() {
        let declared = DeviceScope(classes: [.classII], categories: [DeviceCategory(code: "6866")], ivdReagents: true)
        let implied = DeviceScope(classes: [.classIII], categories: [DeviceCategory(code: "6840")])
        let neither = DeviceScope(classes: [.classII], categories: [DeviceCategory(code: "6815", name: "注射穿刺器械")])
        #expect(declared.includesIVDReagents && implied.includesIVDReagents && !neither.includesIVDReagents)
        #expect(neither.chineseSummary == "二类：6815 注射穿刺器械")
    }

    @Test func warehouseWritesSiteAndOwnFieldsInOneMapping() throws {
        let site = DeviceSite(address: "仓库地址", areaSquareMetres: 100, declaredUse: .warehouse, tenure: .owned)
        let warehouse = DeviceWarehouse(
            site: site, zones: WarehouseZoneKind.required.map { WarehouseZone(kind: $0) },
            storage: StorageConditions(humidity: ValueRange(min: 45, max: 75)))
        let encoder = JSONEncoder()
        encoder.keyEncodingStrategy = .convertToSnakeCase
        let data = try encoder.encode(warehouse)
        let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        #expect(Set(object.keys) == ["address", "area_square_metres", "declared_use", "tenure", "zones", "storage"])
        let decoder = JSONDecoder()
        decoder.keyDecodingStrategy = .convertFromSnakeCase
        #expect(try decoder.decode(DeviceWarehouse.self, from: data) == warehouse)
    }
}
